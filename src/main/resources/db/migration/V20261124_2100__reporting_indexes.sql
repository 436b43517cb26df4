-- reporting: the resolution report reads the dossier table (a documented departure, docs/reporting.md).
-- Its WHERE is "received before the end of the period" per resolving agency; this index serves the
-- one-agency report and the drill-down. Province-wide reports at scale need aggregates (planned).
create index ix_dossier_report on dossier (resolving_agency_id, received_at);
