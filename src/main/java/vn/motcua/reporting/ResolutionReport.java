package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.motcua.organization.AdministrativeLevel;

/**
 * The resolution report: one row per resolving agency (ordered by level, then name) and the totals.
 * In JSON a row carries its numbers next to the agency's code, name and level.
 */
public record ResolutionReport(LocalDate from, LocalDate to, ResolutionCounts totals, List<Row> rows) {

    public record Row(String agencyCode, String agencyName, AdministrativeLevel level,
            @JsonUnwrapped ResolutionCounts counts) {
    }
}
