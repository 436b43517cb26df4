package vn.motcua.catalog.search;

import java.util.List;

/** A line of a procedure list. */
public record ProcedureSummary(String code, String name, String field, String fieldName, List<String> levels,
        String onlineLevel, String agency, int version, boolean active) {
}
