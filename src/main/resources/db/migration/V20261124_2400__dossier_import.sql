-- dossier: dossiers imported from an earlier system keep the SHA-256 of their normalized import line;
-- null for dossiers created in motcua. A re-import of the same line is recognized as unchanged.
alter table dossier add column import_hash varchar(64);
