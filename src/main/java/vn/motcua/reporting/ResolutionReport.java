package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.organization.AdministrativeLevel;

/** The resolution report: one row per resolving agency (ordered by level, then name) and the totals. */
public record ResolutionReport(LocalDate from, LocalDate to, ResolutionCounts totals, List<Row> rows) {

    public record Row(String agencyCode, String agencyName, AdministrativeLevel level, ResolutionCounts counts) {
    }
}
