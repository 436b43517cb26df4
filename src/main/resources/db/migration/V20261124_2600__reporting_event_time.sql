-- reporting: the late analysis of the leaders' dashboard finds the hand-overs of a period by their
-- instant (docs/reporting.md, "Phân tích chậm muộn"); without this index it reads the whole history.
create index ix_dossier_event_occurred on dossier_event (occurred_at, action);
