package vn.motcua.organization.agency;

import java.time.Clock;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.access.AdminGuard;
import vn.motcua.organization.access.UniqueCodes;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/** Administration of agencies: who may change which, the rules of the agency tree, and the audit trail. */
@Service
@Transactional
public class AgencyService {

    static final String AUDIT_TYPE = "agency";
    private static final String CODE_PATTERN = "[A-Za-z0-9._-]{1,50}";

    private final AgencyStore store;
    private final AdminGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    AgencyService(AgencyStore store, AdminGuard guard, AuditLog audit, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<AgencyView> search(Actor actor, AgencyFilter filter, PageRequest page) {
        guard.requireReader(actor);
        return store.search(filter, page);
    }

    @Transactional(readOnly = true)
    public AgencyView get(Actor actor, long id) {
        guard.requireReader(actor);
        return find(id);
    }

    public AgencyView create(Actor actor, AgencyCommand command) {
        guard.requireSomeAdmin(actor);
        AgencyCommand c = command.normalized();
        validate(c, 0).throwIfInvalid();
        guard.requireAdmin(actor, c.parentId());
        long id = UniqueCodes.write(() -> store.insert(c, clock.instant()));
        AgencyView created = find(id);
        audit.created(AUDIT_TYPE, id, created.code() + " " + created.name(), created);
        return created;
    }

    public AgencyView update(Actor actor, long id, AgencyCommand command) {
        guard.requireSomeAdmin(actor);
        AgencyView before = find(id);
        guard.requireAdmin(actor, id);
        AgencyCommand c = command.normalized();
        Validation v = validate(c, id);
        v.check(c.version() != null, "version", "problem.field.required");
        if (c.parentId() != null && store.exists(c.parentId()) && guard.ancestors(c.parentId()).contains(id)) {
            v.add("parentId", "agency.parent.cycle");
        }
        v.throwIfInvalid();
        if (!java.util.Objects.equals(before.parentId(), c.parentId())) {
            guard.requireAdmin(actor, c.parentId());
        }
        if (!UniqueCodes.write(() -> store.update(id, c, clock.instant()))) {
            throw new OptimisticLockingFailureException("agency " + id + " changed meanwhile");
        }
        AgencyView after = find(id);
        audit.updated(AUDIT_TYPE, id, after.code() + " " + after.name(), before, after);
        return after;
    }

    public AgencyView setActive(Actor actor, long id, boolean active) {
        guard.requireSomeAdmin(actor);
        AgencyView before = find(id);
        guard.requireAdmin(actor, id);
        if (before.active() == active) {
            return before;
        }
        store.setActive(id, active, clock.instant());
        AgencyView after = find(id);
        audit.updated(AUDIT_TYPE, id, after.code() + " " + after.name(), before, after);
        return after;
    }

    private AgencyView find(long id) {
        return store.byId(id).orElseThrow(() -> ProblemException.notFound("agency.notFound", id));
    }

    private Validation validate(AgencyCommand c, long id) {
        Validation v = new Validation();
        if (c.code() == null || c.code().isEmpty()) {
            v.add("code", "problem.field.required");
        } else if (!c.code().matches(CODE_PATTERN)) {
            v.add("code", "org.code.format");
        } else if (store.codeTaken(c.code(), id)) {
            v.add("code", "problem.field.unique");
        }
        if (c.name() == null || c.name().isEmpty()) {
            v.add("name", "problem.field.required");
        } else {
            v.line("name", c.name(), 300);
        }
        v.check(c.type() != null, "type", "problem.field.required");
        v.check(c.level() != null, "level", "problem.field.required");
        if (c.parentId() != null) {
            if (!store.exists(c.parentId())) {
                v.add("parentId", "problem.field.unknown");
            } else if (c.parentId() == id) {
                v.add("parentId", "agency.parent.cycle");
            }
        }
        v.check(c.administrativeUnitId() == null || store.unitExists(c.administrativeUnitId()),
                "administrativeUnitId", "problem.field.unknown");
        return v;
    }
}
