package vn.motcua.organization.access;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;

/**
 * Who may read and change organization data. Writes need ADMIN at the agency concerned; the check
 * walks the agency's ancestors in the database rather than trusting only the actor's expanded scope,
 * because a page session keeps the scope computed at login and would not yet cover an agency
 * created under the administrator's agency since then.
 */
@Component
public class AdminGuard {

    private final JdbcClient jdbc;

    AdminGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Organization data is not secret, but only officers (anyone holding a role) read it. */
    public void requireReader(Actor actor) {
        if (actor.roles().isEmpty()) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    /** Any ADMIN role at all: the entry ticket to the administration pages. */
    public void requireSomeAdmin(Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    public boolean isProvinceAdmin(Actor actor) {
        return actor.scopeOf(Role.ADMIN).wholeProvince();
    }

    /** Whether the actor administers {@code agencyId}; null means the whole province. */
    public boolean administers(Actor actor, Long agencyId) {
        AgencyScope scope = actor.scopeOf(Role.ADMIN);
        if (scope.wholeProvince()) {
            return true;
        }
        if (agencyId == null || scope.isEmpty()) {
            return false;
        }
        return scope.covers(agencyId) || ancestors(agencyId).stream().anyMatch(scope::covers);
    }

    public void requireAdmin(Actor actor, Long agencyId) {
        if (!administers(actor, agencyId)) {
            throw ProblemException.forbidden("org.forbidden.scope");
        }
    }

    /** The agency and its ancestors (the recursion stops on a cycle's repeated rows by depth). */
    public List<Long> ancestors(long agencyId) {
        return jdbc.sql("""
                with recursive chain (id, parent_id, depth) as (
                    select id, parent_id, 0 from agency where id = :id
                    union all
                    select a.id, a.parent_id, c.depth + 1 from agency a join chain c on a.id = c.parent_id
                    where c.depth < 50
                )
                select id from chain
                """).param("id", agencyId).query(Long.class).list();
    }
}
