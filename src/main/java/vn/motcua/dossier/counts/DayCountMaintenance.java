package vn.motcua.dossier.counts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.time.BusinessZone;

/**
 * Operations on the day counts: a rebuild from the dossier table in one transaction (after an upgrade,
 * a change of the business zone, or repairs of dossier rows in bulk SQL), and a consistency check.
 */
@Service
public class DayCountMaintenance {

    /** A row where the counts and the dossier table disagree: counts minus recount, per counter. */
    public record Difference(long agencyId, String level, int epochDay, List<Long> countsMinusRecount) {
    }

    private final JdbcClient jdbc;
    private final int offsetSeconds;
    private final Clock clock;

    DayCountMaintenance(JdbcClient jdbc, BusinessZone zone, Clock clock) {
        this.jdbc = jdbc;
        this.offsetSeconds = DayCountTables.offsetOf(zone, clock);
        this.clock = clock;
    }

    /**
     * Recomputes everything from the dossier table; returns the number of summary rows. On PostgreSQL
     * the dossier table is locked against writes (reads go on) for the duration, so that no dossier
     * change commits between emptying the ledger and counting the rows; on the embedded H2 database
     * run it while nobody writes.
     */
    @Transactional
    public int rebuild() {
        jdbc.sql("select id from dossier_day_count_state where id = 1 for update").query(Integer.class).single();
        if (postgres()) {
            jdbc.sql("lock table dossier in share mode").update();
        }
        jdbc.sql("delete from dossier_day_delta").update();
        jdbc.sql("delete from dossier_day_count").update();
        jdbc.sql("delete from dossier_span_count").update();
        int rows = jdbc.sql("insert into dossier_day_count (agency_id, level, epoch_day, " + DayColumn.NAMES + ") "
                + DayCountSql.PROJECTION).param("offset", offsetSeconds).update();
        jdbc.sql("insert into dossier_span_count (agency_id, level, span_day, " + DayColumn.NAMES + ") "
                + DayCountSql.SPANS).update();
        jdbc.sql("update dossier_day_count_state set offset_seconds = :offset, rebuilt_at = :at where id = 1")
                .param("offset", offsetSeconds).param("at", Timestamp.from(clock.instant())).update();
        return rows;
    }

    /**
     * The rows where summary + ledger differ from a recount of the dossier table, then the spans that
     * differ from the sum of their days (epoch day of a span: its first day), each in one statement (one
     * snapshot, so concurrent writes never show as differences); empty when the counts are exact.
     */
    @Transactional(readOnly = true)
    public List<Difference> check(int limit) {
        String sums = Arrays.stream(DayColumn.values()).map(c -> "sum(" + c.column() + ") as " + c.column())
                .collect(Collectors.joining(", "));
        String negated = Arrays.stream(DayColumn.values()).map(c -> "-r." + c.column())
                .collect(Collectors.joining(", "));
        String nonZero = Arrays.stream(DayColumn.values()).map(c -> "sum(" + c.column() + ") <> 0")
                .collect(Collectors.joining(" or "));
        String negatedSpans = negated.replace("-r.", "-d.");
        List<Difference> days = jdbc.sql("""
                select agency_id, level, epoch_day, %s from (
                    %s
                    union all
                    select r.agency_id, r.level, r.epoch_day, %s from (%s) r
                ) x group by agency_id, level, epoch_day having %s
                order by agency_id, epoch_day, level fetch first %d rows only
                """.formatted(sums, DayCountTables.ROWS, negated, DayCountSql.PROJECTION, nonZero, limit))
                .param("offset", offsetSeconds).query(DayCountMaintenance::difference).list();
        List<Difference> found = new ArrayList<>(days);
        found.addAll(jdbc.sql("""
                select agency_id, level, span_day, %s from (
                    select agency_id, level, span_day, %s from dossier_span_count
                    union all
                    select agency_id, level, span_day, %s from (%s) d
                ) x group by agency_id, level, span_day having %s
                order by agency_id, span_day, level fetch first %d rows only
                """.formatted(sums, DayColumn.NAMES, negatedSpans, DayCountSql.SPANS, nonZero, limit))
                .query(DayCountMaintenance::difference).list());
        return found;
    }

    private static Difference difference(ResultSet rs, int n) throws SQLException {
        List<Long> diff = new ArrayList<>();
        for (int i = 0; i < DayColumn.values().length; i++) {
            diff.add(rs.getLong(4 + i));
        }
        return new Difference(rs.getLong(1), rs.getString(2), rs.getInt(3), diff);
    }

    private boolean postgres() {
        return jdbc.sql("select 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
