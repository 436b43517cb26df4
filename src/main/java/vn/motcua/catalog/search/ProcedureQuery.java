package vn.motcua.catalog.search;

import vn.motcua.catalog.OnlineLevel;
import vn.motcua.organization.AdministrativeLevel;

/** Filters of the procedure list; every one may be absent. */
public record ProcedureQuery(String q, String field, AdministrativeLevel level, String agency,
        OnlineLevel onlineLevel, boolean activeOnly) {
}
