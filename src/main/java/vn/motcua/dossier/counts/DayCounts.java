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
