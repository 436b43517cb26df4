package vn.motcua.dossier.counts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DayCounts;
import vn.motcua.platform.time.BusinessZone;

/**
 * The day counts' tables: the read side for other modules ({@link DayCounts}) and the helpers the
 * writers share. The counts are usable in the configured zone when they were computed with the offset
 * in the state row.
 */
@Component
class DayCountTables implements DayCounts {

    /** Rows {@code agency_id, level, epoch_day} and the counters, from the summary and the ledger. */
    static final String ROWS = """
            select agency_id, level, epoch_day, %1$s from dossier_day_count
            union all
            select agency_id, level, epoch_day, %1$s from dossier_day_delta""".formatted(DayColumn.NAMES);

    /** Days per span of {@code dossier_span_count}. */
    static final int SPAN = 32;

    /** {@link DayCounts#forPeriod}: parameters {@code :spanFirst} (the span of the first day) and {@code :last}. */
    private static final String PERIOD_ROWS = """
            select agency_id, level, span_day as epoch_day, %1$s from dossier_span_count where span_day < :spanFirst
            union all
            select agency_id, level, epoch_day, %1$s from dossier_day_count
            where epoch_day >= :spanFirst and epoch_day <= :last
            union all
            select agency_id, level, epoch_day, %1$s from dossier_day_delta where epoch_day <= :last"""
            .formatted(DayColumn.NAMES);

    private final JdbcClient jdbc;
    private final int offsetSeconds;

    DayCountTables(JdbcClient jdbc, BusinessZone zone, Clock clock) {
        this.jdbc = jdbc;
        this.offsetSeconds = offsetOf(zone, clock);
    }

    @Override
    public Rows forPeriod(LocalDate from, LocalDate to) {
        return new Rows(PERIOD_ROWS, Map.of("spanFirst", spanStart(from.toEpochDay()), "last", to.toEpochDay()));
    }

    @Override
    public Rows all() {
        return new Rows(ROWS, Map.of());
    }

    @Override
    public boolean usableWith(int reportOffsetSeconds) {
        return reportOffsetSeconds == offsetSeconds && jdbc.sql("select offset_seconds from dossier_day_count_state")
                .query(Integer.class).optional().map(o -> o == offsetSeconds).orElse(false);
    }

    /** The zone's offset now; the reports refuse zones whose offset changes (see ReportPeriod). */
    static int offsetOf(BusinessZone zone, Clock clock) {
        return zone.zone().getRules().getOffset(clock.instant()).getTotalSeconds();
    }

    /** The first day of the span holding {@code epochDay}. */
    static long spanStart(long epochDay) {
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
