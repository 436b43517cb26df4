package vn.motcua.dossier.counts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the ledger into the summaries (per day, and per span of 32 days), a chunk of ledger rows per
 * transaction: adds them to their summary rows (inserting the missing ones) and deletes exactly the
 * ledger rows it read, by id, so a delta committed meanwhile (ids are not committed in order) stays
 * in the ledger for the next pass.
 * The state row is locked first: one node at a time, never during a rebuild. A report reads summary
 * and ledger in one statement, so it sees every delta once, before or after the fold.
 */
@Component
public class DayCountCompaction {

    static final int CHUNK = 5000;
    private static final Logger log = LoggerFactory.getLogger(DayCountCompaction.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    DayCountCompaction(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${motcua.dossier.day-counts.compact-every:PT10S}",
            initialDelayString = "${motcua.dossier.day-counts.compact-every:PT10S}")
    void scheduled() {
        try {
            compact();
        } catch (RuntimeException e) {
            log.warn("Compaction of the day counts failed; the next pass retries: {}", e.toString());
        }
    }

    /** Folds the whole ledger as it is now; returns how many ledger rows were folded. */
    public int compact() {
        int total = 0;
        int folded;
        do {
            folded = tx.execute(status -> foldChunk());
            total += folded;
        } while (folded == CHUNK);
        return total;
    }

    private int foldChunk() {
        jdbc.queryForObject("select id from dossier_day_count_state where id = 1 for update", Integer.class);
        List<Long> ids = new ArrayList<>();
        Map<DayKey, int[]> sums = new LinkedHashMap<>();
        jdbc.query("select id, agency_id, level, epoch_day, " + DayColumn.NAMES
                + " from dossier_day_delta order by id fetch first " + CHUNK + " rows only", rs -> {
                    ids.add(rs.getLong(1));
                    int[] sum = sums.computeIfAbsent(new DayKey(rs.getLong(2), rs.getString(3), rs.getInt(4)),
                            k -> new int[DayColumn.values().length]);
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += rs.getInt(5 + i);
                    }
                });
        if (ids.isEmpty()) {
            return 0;
        }
        Map<DayKey, int[]> spans = new LinkedHashMap<>();
        sums.forEach((key, sum) -> {
            int[] span = spans.computeIfAbsent(new DayKey(key.agencyId(), key.level(),
                    (int) DayCountTables.spanStart(key.epochDay())), k -> new int[sum.length]);
            for (int i = 0; i < sum.length; i++) {
                span[i] += sum[i];
            }
        });
        add("dossier_day_count", "epoch_day", sums);
        add("dossier_span_count", "span_day", spans);
        jdbc.batchUpdate("delete from dossier_day_delta where id = ?",
                ids.stream().map(id -> new Object[] { id }).toList());
        return ids.size();
    }

    /** Adds the sums to their rows of {@code table}, inserting the rows not there yet. */
    private void add(String table, String dayColumn, Map<DayKey, int[]> sums) {
        List<DayKey> keys = new ArrayList<>(sums.keySet());
        List<Object[]> adds = new ArrayList<>();
        for (DayKey key : keys) {
            Object[] row = DayCountTables.row(key, sums.get(key));
            Object[] add = new Object[row.length];
            System.arraycopy(row, 3, add, 0, row.length - 3);
            System.arraycopy(row, 0, add, row.length - 3, 3);
            adds.add(add);
        }
        int[] updated = jdbc.batchUpdate("update " + table + " set "
                + String.join(", ", Arrays.stream(DayColumn.values())
                        .map(c -> c.column() + " = " + c.column() + " + ?").toList())
                + " where agency_id = ? and level = ? and " + dayColumn + " = ?", adds);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (updated[i] == 0) {
                inserts.add(DayCountTables.row(keys.get(i), sums.get(keys.get(i))));
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(DayCountLedger.INSERT.replace("dossier_day_delta", table)
                    .replace("epoch_day", dayColumn), inserts);
        }
    }
}
