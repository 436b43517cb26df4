package vn.motcua.dossier.counts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.platform.time.BusinessZone;

/**
 * The write side of the day counts: every writer of dossier rows calls it in the same transaction as
 * its write, with the row's counted columns before and after. It only ever inserts into the ledger
 * ({@code dossier_day_delta}): no row is updated on the write path, so concurrent intakes of one
 * agency never wait for each other and cannot deadlock here. An action that changes none of the
 * counted columns (most step moves) writes nothing.
 */
@Component
public class DayCountLedger {

    static final String INSERT = "insert into dossier_day_delta (agency_id, level, epoch_day, " + DayColumn.NAMES
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final int offsetSeconds;

    DayCountLedger(JdbcTemplate jdbc, BusinessZone zone, Clock clock) {
        this.jdbc = jdbc;
        this.offsetSeconds = DayCountTables.offsetOf(zone, clock);
    }

    /** One dossier row changed from {@code before} to {@code after} (null before: inserted). */
    public void record(CountedFacts before, CountedFacts after) {
        write(Projection.delta(before, after, offsetSeconds));
    }

    /**
     * A batch of dossier rows inserted at once (an import): one ledger row per agency, level and day
     * of the whole batch, written in one JDBC batch.
     */
    public void recordInserted(List<CountedFacts> inserted) {
        Map<DayKey, int[]> rows = new LinkedHashMap<>();
        inserted.forEach(d -> Projection.add(rows, d, 1, offsetSeconds));
        write(rows);
    }

    private void write(Map<DayKey, int[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>(rows.size());
        rows.forEach((key, counts) -> args.add(DayCountTables.row(key, counts)));
        jdbc.batchUpdate(INSERT, args);
    }
}
