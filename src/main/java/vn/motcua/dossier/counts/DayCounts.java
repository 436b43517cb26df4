package vn.motcua.dossier.counts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.platform.time.BusinessZone;

/**
 * The read side of the day counts for other modules: the table names and whether the counts are
 * usable in the configured zone (they were computed with the offset in the state row).
 */
@Component
public class DayCounts {

    /** Rows {@code agency_id, level, epoch_day} and the counters, from the summary and the ledger. */
    public static final String ROWS = """
            select agency_id, level, epoch_day, %1$s from dossier_day_count
            union all
            select agency_id, level, epoch_day, %1$s from dossier_day_delta""".formatted(DayColumn.NAMES);

    /** Days per span of {@code dossier_span_count}. */
    public static final int SPAN = 32;

    /**
     * The rows a report of the local days {@code [F, T]} sums, as {@code agency_id, level, epoch_day}
     * and the counters: whole spans before the span of {@code F} (each dated by its first day, so before
     * {@code F}), the days from the start of that span to {@code T}, and the ledger up to {@code T}.
     * Parameters {@code :spanFirst} ({@link #spanStart} of {@code F}) and {@code :last} ({@code T}), as
     * days since 1970-01-01.
     */
    public static final String PERIOD_ROWS = """
            select agency_id, level, span_day as epoch_day, %1$s from dossier_span_count where span_day < :spanFirst
            union all
            select agency_id, level, epoch_day, %1$s from dossier_day_count
            where epoch_day >= :spanFirst and epoch_day <= :last
            union all
            select agency_id, level, epoch_day, %1$s from dossier_day_delta where epoch_day <= :last"""
            .formatted(DayColumn.NAMES);

    private final JdbcClient jdbc;
    private final int offsetSeconds;

    DayCounts(JdbcClient jdbc, BusinessZone zone) {
        this.jdbc = jdbc;
        this.offsetSeconds = offsetOf(zone);
    }

    /** Whether the counts were computed with the offset the reports use now (else: rebuild them). */
    public boolean usableWith(int reportOffsetSeconds) {
        return reportOffsetSeconds == offsetSeconds && jdbc.sql("select offset_seconds from dossier_day_count_state")
                .query(Integer.class).optional().map(o -> o == offsetSeconds).orElse(false);
    }

    /** The zone's offset now; the reports refuse zones whose offset changes (see ReportPeriod). */
    static int offsetOf(BusinessZone zone) {
        return zone.zone().getRules().getOffset(java.time.Instant.now()).getTotalSeconds();
    }

    /** The first day of the span holding {@code epochDay}. */
    public static long spanStart(long epochDay) {
        return Math.floorDiv(epochDay, SPAN) * SPAN;
    }

    static Object[] row(DayKey key, int[] counts) {
        Object[] row = new Object[3 + counts.length];
        row[0] = key.agencyId();
        row[1] = key.level();
        row[2] = key.epochDay();
        for (int i = 0; i < counts.length; i++) {
            row[3 + i] = counts[i];
        }
        return row;
    }
}
