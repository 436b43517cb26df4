package vn.motcua.reporting.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.reporting.ResolutionCounts;
import vn.motcua.reporting.ResolutionReport;

/**
 * The public statistics of one period: per resolving agency (ordered by level, then name) and for the
 * province, the numbers the national portal publishes. Counts only, no dossier and no person.
 * {@code computedAt} says how fresh the (cached) figures are.
 */
public record PublicFigures(StatisticsPeriod period, Instant computedAt, Figures totals, List<Row> rows) {

    public record Row(String agencyCode, String agencyName, AdministrativeLevel level,
            @JsonUnwrapped Figures figures) {
    }

    /** Received in the period, carried over, resolved (early, on time, late), in progress, on-time rate. */
    public record Figures(long received, long carriedOver, long resolved, long resolvedEarly, long resolvedOnTime,
            long resolvedLate, long inProgress, BigDecimal onTimeRate) {

        static Figures of(ResolutionCounts c) {
            return new Figures(c.received(), c.carriedOver(), c.resolved(), c.resolvedEarly(), c.resolvedOnTime(),
                    c.resolvedLate(), c.inProgress(), c.onTimeRate());
        }
    }

    static PublicFigures of(StatisticsPeriod period, Instant at, ResolutionReport report) {
        return new PublicFigures(period, at, Figures.of(report.totals()), report.rows().stream()
                .map(r -> new Row(r.agencyCode(), r.agencyName(), r.level(), Figures.of(r.counts()))).toList());
    }
}
