-- The dossiers overdue now (reporting OverdueNow: open, received, due passed) by an index range instead
-- of a scan of every dossier: open dossiers (finished_at null) first, ordered by due instant, carrying the
-- other columns the count and the per-agency grouping read, so PostgreSQL can answer from the index alone.
-- (A partial index "where finished_at is null" would be smaller, but H2 has none.)
create index if not exists ix_dossier_open_due on dossier (finished_at, due_at, resolving_agency_id, received_at, status);
