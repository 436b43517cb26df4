package vn.motcua.reporting;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.DeskRef;
import vn.motcua.organization.Desks;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;

/**
 * Who sees which agencies in reports: the union of the actor's MONITOR, LEADER and ADMIN scopes.
 * Rows outside it are left out; asking for an agency outside it is forbidden.
 */
@Component
class ReportScope {

    private static final Role[] REPORT_ROLES = { Role.MONITOR, Role.LEADER, Role.ADMIN };

    private final Agencies agencies;
    private final Desks desks;

    ReportScope(Agencies agencies, Desks desks) {
        this.agencies = agencies;
        this.desks = desks;
    }

    /** The resolving agencies the report may count, null meaning the whole province. */
    Set<Long> agencies(Actor actor, String agencyCode) {
        AgencyScope reach = reach(actor);
        if (agencyCode == null || agencyCode.isBlank()) {
            return reach.wholeProvince() ? null : reach.agencyIds();
        }
        AgencyRef agency = agency(actor, reach, agencyCode);
        Set<Long> ids = new HashSet<>(agencies.subtree(agency.id()));
        if (!reach.wholeProvince()) {
            // A child agency created after the actor logged in is not in their scope yet.
            ids.retainAll(reach.agencyIds());
        }
        return ids;
    }

    /** One agency the actor may report on (a row of the report, for the drill-down). */
    long row(Actor actor, String agencyCode) {
        return agency(actor, reach(actor), agencyCode).id();
    }

    /**
     * The id of the receiving desk to count (null = any desk). The actor must reach the desk's agency
     * or one of the agencies it receives for.
     */
    Long desk(Actor actor, String deskCodeOrId) {
        if (deskCodeOrId == null || deskCodeOrId.isBlank()) {
            return null;
        }
        DeskRef desk = desks.byCodeOrId(deskCodeOrId)
                .orElseThrow(() -> ProblemException.invalid("desk", "report.desk.unknown", deskCodeOrId));
        AgencyScope reach = reach(actor);
        if (desk.agencyIds().stream().noneMatch(reach::covers)) {
            throw ProblemException.forbidden("report.forbidden.desk", desk.name());
        }
        return desk.id();
    }

    private AgencyRef agency(Actor actor, AgencyScope reach, String code) {
        AgencyRef agency = agencies.byCode(code.trim())
                .orElseThrow(() -> ProblemException.invalid("agency", "report.agency.unknown", code));
        if (!reach.covers(agency.id())) {
            throw ProblemException.forbidden("report.forbidden.agency", agency.name());
        }
        return agency;
    }

    static AgencyScope reach(Actor actor) {
        Set<Long> ids = new HashSet<>();
        for (Role role : REPORT_ROLES) {
            AgencyScope scope = actor.scopeOf(role);
            if (scope.wholeProvince()) {
                return AgencyScope.PROVINCE;
            }
            ids.addAll(scope.agencyIds());
        }
        if (ids.isEmpty()) {
            throw ProblemException.forbidden("report.forbidden");
        }
        return new AgencyScope(false, ids);
    }
}
