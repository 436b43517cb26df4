package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Map;

/**
 * The report's day counts, a read model the dossier module keeps exact in the transaction of every
 * dossier write (docs/reporting.md, "Day counts"): per resolving agency, level and local day, how many
 * dossiers were received by channel, closed, resolved early / on time / late, withdrawn, passed their
 * due and closed after it. The reporting module sums them instead of the dossier rows.
 */
public interface DayCounts {

    /**
     * An SQL source of rows {@code agency_id, level, epoch_day, received_online, received_direct,
     * received_postal, closed, resolved_early, resolved_on_time, resolved_late, withdrawn, due_passed,
     * due_passed_closed} (days since 1970-01-01 of the local date), to use as {@code from (sql) x}, with
     * the named parameters it needs (merge them into the statement's).
     */
    record Rows(String sql, Map<String, Object> params) {
    }

    /**
     * The rows a report of the local days {@code [from, to]} sums: whole spans of days before the span
     * holding {@code from} (each dated by its first day, so before {@code from}), the days from the start
     * of that span to {@code to}, and the ledger not yet folded up to {@code to}. Summing the rows dated
     * before {@code from} gives the history before the period; those from {@code from} on, the period.
     */
    Rows forPeriod(LocalDate from, LocalDate to);

    /** Every row by day: the folded summary and the ledger not yet folded (no parameters). */
    Rows all();

    /** Whether the counts were computed with the offset the reports use now (else they need a rebuild). */
    boolean usableWith(int reportOffsetSeconds);
}
