package vn.motcua.organization.desk;

import java.time.Clock;
import java.util.List;

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

/**
 * Administration of one-stop desks (the provincial service center and the desks of communes). A desk
 * is administered by whoever administers the agency it belongs to.
 */
@Service
@Transactional
public class DeskService {

    static final String AUDIT_TYPE = "one_stop_desk";
    static final String CODE_PATTERN = "[A-Za-z0-9._-]{1,50}";

    private final DeskStore store;
    private final AdminGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    DeskService(DeskStore store, AdminGuard guard, AuditLog audit, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<DeskView> search(Actor actor, String q, Long agency, Boolean active, PageRequest page) {
        guard.requireReader(actor);
        return store.search(q, agency, active, page);
    }

    @Transactional(readOnly = true)
    public DeskView get(Actor actor, long id) {
        guard.requireReader(actor);
        return find(id);
    }

    public DeskView create(Actor actor, DeskCommand command) {
        guard.requireSomeAdmin(actor);
        DeskCommand c = command.normalized();
        validate(c, 0).throwIfInvalid();
        guard.requireAdmin(actor, c.agencyId());
        long id = UniqueCodes.write(() -> store.insert(c, clock.instant()));
        DeskView created = find(id);
        audit.created(AUDIT_TYPE, id, created.code() + " " + created.name(), created);
        return created;
    }

    public DeskView update(Actor actor, long id, DeskCommand command) {
        guard.requireSomeAdmin(actor);
        DeskView before = find(id);
        guard.requireAdmin(actor, before.agencyId());
        DeskCommand c = command.normalized();
        Validation v = validate(c, id);
        v.check(c.version() != null, "version", "problem.field.required");
        v.throwIfInvalid();
        guard.requireAdmin(actor, c.agencyId());
        if (!UniqueCodes.write(() -> store.update(id, c, clock.instant()))) {
            throw new OptimisticLockingFailureException("desk " + id + " changed meanwhile");
        }
        DeskView after = find(id);
        audit.updated(AUDIT_TYPE, id, after.code() + " " + after.name(), before, after);
        return after;
    }

    public DeskView setActive(Actor actor, long id, boolean active) {
        guard.requireSomeAdmin(actor);
        DeskView before = find(id);
        guard.requireAdmin(actor, before.agencyId());
        if (before.active() == active) {
            return before;
        }
        store.setActive(id, active, clock.instant());
        DeskView after = find(id);
        audit.updated(AUDIT_TYPE, id, after.code() + " " + after.name(), before, after);
        return after;
    }

    DeskView find(long id) {
        return store.byId(id).orElseThrow(() -> ProblemException.notFound("desk.notFound", id));
    }

    private Validation validate(DeskCommand c, long id) {
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
        v.check(c.level() != null, "level", "problem.field.required");
        if (c.agencyId() == null) {
            v.add("agencyId", "problem.field.required");
        } else {
            v.check(store.agencyExists(c.agencyId()), "agencyId", "problem.field.unknown");
        }
        v.check(c.administrativeUnitId() == null || store.unitExists(c.administrativeUnitId()),
                "administrativeUnitId", "problem.field.unknown");
        v.line("address", c.address(), 500);
        v.check(c.phone() == null || c.phone().matches("[0-9 +().-]{3,30}"), "phone", "org.phone.format");
        List<Long> ids = c.agencyIds();
        v.check(ids.stream().allMatch(a -> a != null && store.agencyExists(a)), "agencyIds", "problem.field.unknown");
        return v;
    }
}
