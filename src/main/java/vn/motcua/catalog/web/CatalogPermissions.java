package vn.motcua.catalog.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;

/**
 * Who may change the catalog (REGULATIONS.md §1): a province-wide administrator changes anything,
 * including fields and whole-catalog imports; a department's administrator only the procedures its
 * agencies resolve. Procedures resolved by "the committee where received" belong to the province.
 */
@Component
class CatalogPermissions {

    private final Agencies agencies;
    private final Catalog catalog;

    CatalogPermissions(Agencies agencies, Catalog catalog) {
        this.agencies = agencies;
        this.catalog = catalog;
    }

    static void requireAdmin(Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    static void requireProvinceAdmin(Actor actor) {
        if (!actor.scopeOf(Role.ADMIN).wholeProvince()) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    /** The actor may publish {@code next} over whatever the procedure is now. */
    void requireCanEdit(Actor actor, ProcedureDefinition next) {
        requireAdmin(actor);
        AgencyScope scope = actor.scopeOf(Role.ADMIN);
        if (scope.wholeProvince()) {
            return;
        }
        Optional<ProcedureVersion> current = catalog.current(next.code());
        boolean allowed = covers(scope, next.agency())
                && current.map(v -> covers(scope, v.content().agency())).orElse(true);
        if (!allowed) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    void requireCanEdit(Actor actor, String code) {
        requireCanEdit(actor, catalog.current(code).map(ProcedureVersion::content)
                .orElseThrow(() -> ProblemException.notFound("catalog.procedure.notFound", code)));
    }

    private boolean covers(AgencyScope scope, String agencyCode) {
        return agencyCode != null && agencies.byCode(agencyCode).map(AgencyRef::id).filter(scope::covers).isPresent();
    }
}
