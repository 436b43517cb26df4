-- organization: searching administrative units by name without diacritics ("ba dinh" finds "Ba Đình").
-- search_name is the lower-case name without diacritics, written by the importer.

alter table administrative_unit add column search_name varchar(150);
create index ix_administrative_unit_edition_level on administrative_unit (edition, level);
