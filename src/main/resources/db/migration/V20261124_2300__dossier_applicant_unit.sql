-- dossier: the official code of the commune-level unit of the applicant's address (2025 edition).
alter table dossier add column applicant_unit_code varchar(10);
