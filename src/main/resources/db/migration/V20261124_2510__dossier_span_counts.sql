-- dossier: the day counts summed over spans of 32 days (span_day = the span's first epoch day, a
-- multiple of 32), so that a report sums the history before its period from a few dozen rows per
-- agency instead of one per day. Kept by the same compaction as dossier_day_count (docs/reporting.md).
create table dossier_span_count (
    agency_id          bigint      not null,
    level              varchar(10) not null,
    span_day           int         not null,
    received_online    int         not null,
    received_direct    int         not null,
    received_postal    int         not null,
    closed             int         not null,
    resolved_early     int         not null,
    resolved_on_time   int         not null,
    resolved_late      int         not null,
    withdrawn          int         not null,
    due_passed         int         not null,
    due_passed_closed  int         not null,
    primary key (agency_id, span_day, level)
);

-- A province-wide report reads the days of its period for every agency.
create index ix_dossier_day_count_day on dossier_day_count (epoch_day);

insert into dossier_span_count (agency_id, level, span_day, received_online, received_direct, received_postal, closed,
    resolved_early, resolved_on_time, resolved_late, withdrawn, due_passed, due_passed_closed)
select agency_id, level, (epoch_day / 32) * 32, sum(received_online), sum(received_direct), sum(received_postal),
    sum(closed), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(withdrawn), sum(due_passed),
    sum(due_passed_closed)
from dossier_day_count
group by agency_id, level, (epoch_day / 32) * 32;
