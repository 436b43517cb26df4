package vn.motcua.reporting;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a report over {@code dossier d}: the dossiers "to handle" in the period
 * (received, received before the end, not finished before the start) within the filters, with its
 * named parameters. Agencies and the desk are already resolved to ids (null = no restriction).
 */
record Criteria(String where, Map<String, Object> params) {

    private static final String TO_HANDLE = """
            d.received_at is not null and d.status <> 'INTAKE_REFUSED'
              and d.received_at < :end and (d.finished_at is null or d.finished_at >= :start)""";

    static Criteria of(ReportPeriod period, ReportFilter filter, Collection<Long> agencyIds, Long rowAgencyId) {
        return of(period, filter, agencyIds, rowAgencyId, null);
    }

    static Criteria of(ReportPeriod period, ReportFilter filter, Collection<Long> agencyIds, Long rowAgencyId,
            Long deskId) {
        StringBuilder where = new StringBuilder(TO_HANDLE);
        Map<String, Object> params = new HashMap<>();
        params.put("start", Timestamp.from(period.start()));
        params.put("end", Timestamp.from(period.end()));
        params.put("offset", period.offsetSeconds());
        if (agencyIds != null) {
            // An empty scope must match nothing, and "in ()" is not SQL.
            where.append(agencyIds.isEmpty() ? " and 1 = 0" : " and d.resolving_agency_id in (:agencies)");
            params.put("agencies", List.copyOf(agencyIds));
        }
        if (rowAgencyId != null) {
            where.append(" and d.resolving_agency_id = :row");
            params.put("row", rowAgencyId);
        }
        if (deskId != null) {
            where.append(" and d.receiving_desk_id = :desk");
            params.put("desk", deskId);
        }
        add(where, params, "d.level", "level", filter.level() == null ? null : filter.level().name());
        add(where, params, "d.procedure_code", "procedure", filter.procedure());
        add(where, params, "d.field_code", "field", filter.field());
        add(where, params, "d.online_level", "onlineLevel", filter.onlineLevel());
        add(where, params, "d.channel", "channel", filter.channel() == null ? null : filter.channel().name());
        return new Criteria(where.toString(), params);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
