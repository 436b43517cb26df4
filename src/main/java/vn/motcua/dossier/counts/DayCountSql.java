package vn.motcua.dossier.counts;

import java.util.Arrays;

import vn.motcua.dossier.Timeliness;

/**
 * The day counts computed from the dossier table in one statement: what the migration built for the
 * existing dossiers, what a rebuild writes and what the consistency check compares with. The same
 * rules as {@link Projection} (the tests hold them equal), both from {@link Timeliness}.
 */
final class DayCountSql {

    /** Rows {@code agency_id, level, epoch_day, <the counters in DayColumn order>}; parameter {@code :offset}. */
    static final String PROJECTION = """
            select agency_id, level, epoch_day, sum(received_online) as received_online,
                sum(received_direct) as received_direct, sum(received_postal) as received_postal, sum(closed) as closed,
                sum(resolved_early) as resolved_early, sum(resolved_on_time) as resolved_on_time,
                sum(resolved_late) as resolved_late, sum(withdrawn) as withdrawn, sum(due_passed) as due_passed,
                sum(due_passed_closed) as due_passed_closed
            from (
                select resolving_agency_id as agency_id, level, %1$s as epoch_day,
                    case when channel = 'ONLINE' then 1 else 0 end as received_online,
                    case when channel = 'DIRECT' then 1 else 0 end as received_direct,
                    case when channel = 'POSTAL' then 1 else 0 end as received_postal,
                    0 as closed, 0 as resolved_early, 0 as resolved_on_time, 0 as resolved_late, 0 as withdrawn, 0 as due_passed,
                    0 as due_passed_closed
                from dossier where received_at is not null and status <> 'INTAKE_REFUSED'
                union all
                select resolving_agency_id, level, %2$s,
                    0, 0, 0, 1,
                    case when status in ('RESOLVED', 'RETURNED') and %3$s then 1 else 0 end,
                    case when status in ('RESOLVED', 'RETURNED') and %4$s then 1 else 0 end,
                    case when status in ('RESOLVED', 'RETURNED') and %5$s then 1 else 0 end,
                    case when status in ('WITHDRAWN', 'STOPPED') then 1 else 0 end,
                    0, 0
                from dossier where received_at is not null and status <> 'INTAKE_REFUSED' and finished_at is not null
                union all
                select resolving_agency_id, level, %6$s,
                    0, 0, 0, 0, 0, 0, 0, 0, 1, 0
                from dossier where received_at is not null and status <> 'INTAKE_REFUSED' and due_at is not null
                union all
                select resolving_agency_id, level, %7$s,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 1
                from dossier where received_at is not null and status <> 'INTAKE_REFUSED' and due_at is not null
                    and finished_at is not null
            ) x
            group by agency_id, level, epoch_day
            """.formatted(day("received_at"), day("finished_at"),
            Timeliness.EARLY.sqlCondition("finished_at", "due_at"),
            Timeliness.ON_TIME.sqlCondition("finished_at", "due_at"),
            Timeliness.LATE.sqlCondition("finished_at", "due_at"),
            day("case when due_at > received_at then due_at else received_at end"),
            day("case when finished_at > due_at and finished_at > received_at then finished_at "
                    + "when due_at > received_at then due_at else received_at end"));

    /** The spans of 32 days summed from {@code dossier_day_count}: {@code agency_id, level, span_day}, counters. */
    static final String SPANS = "select agency_id, level, (epoch_day / 32) * 32 as span_day, "
            + String.join(", ", Arrays.stream(DayColumn.values())
                    .map(c -> "sum(" + c.column() + ") as " + c.column()).toList())
            + " from dossier_day_count group by agency_id, level, (epoch_day / 32) * 32";

    private DayCountSql() {
    }

    private static String day(String instant) {
        return "cast(" + Timeliness.localDaySql(instant) + " as int)";
    }
}
