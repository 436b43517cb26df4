package vn.motcua.organization.desk;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.access.AdminGuard;
import vn.motcua.organization.access.UniqueCodes;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/** Counters of a desk: administered together with their desk. */
@Service
@Transactional
public class CounterService {

    static final String AUDIT_TYPE = "counter";

    private final CounterStore store;
    private final DeskService desks;
    private final AdminGuard guard;
    private final AuditLog audit;

    CounterService(CounterStore store, DeskService desks, AdminGuard guard, AuditLog audit) {
        this.store = store;
        this.desks = desks;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CounterView> ofDesk(Actor actor, long deskId) {
        guard.requireReader(actor);
        desks.find(deskId);
        return store.ofDesk(deskId);
    }

    @Transactional(readOnly = true)
    public CounterView get(Actor actor, long id) {
        guard.requireReader(actor);
        return find(id);
    }

    public CounterView create(Actor actor, long deskId, CounterCommand command) {
        guard.requireSomeAdmin(actor);
        DeskView desk = desks.find(deskId);
        CounterCommand c = command.normalized();
        validate(deskId, c, 0).throwIfInvalid();
        guard.requireAdmin(actor, desk.agencyId());
        long id = UniqueCodes.write(() -> store.insert(deskId, c));
        CounterView created = find(id);
        audit.created(AUDIT_TYPE, id, desk.code() + "/" + created.code() + " " + created.name(), created);
        return created;
    }

    public CounterView update(Actor actor, long id, CounterCommand command) {
        guard.requireSomeAdmin(actor);
        CounterView before = find(id);
        DeskView desk = desks.find(before.deskId());
        guard.requireAdmin(actor, desk.agencyId());
        CounterCommand c = command.normalized();
        Validation v = validate(before.deskId(), c, id);
        v.check(c.version() != null, "version", "problem.field.required");
        v.throwIfInvalid();
        if (!UniqueCodes.write(() -> store.update(id, c))) {
            throw new OptimisticLockingFailureException("counter " + id + " changed meanwhile");
        }
        CounterView after = find(id);
        audit.updated(AUDIT_TYPE, id, desk.code() + "/" + after.code() + " " + after.name(), before, after);
        return after;
    }

    public CounterView setActive(Actor actor, long id, boolean active) {
        guard.requireSomeAdmin(actor);
        CounterView before = find(id);
        DeskView desk = desks.find(before.deskId());
        guard.requireAdmin(actor, desk.agencyId());
        if (before.active() == active) {
            return before;
        }
        store.setActive(id, active);
        CounterView after = find(id);
        audit.updated(AUDIT_TYPE, id, desk.code() + "/" + after.code() + " " + after.name(), before, after);
        return after;
    }

    private CounterView find(long id) {
        return store.byId(id).orElseThrow(() -> ProblemException.notFound("counter.notFound", id));
    }

    private Validation validate(long deskId, CounterCommand c, long id) {
        Validation v = new Validation();
        if (c.code() == null || c.code().isEmpty()) {
            v.add("code", "problem.field.required");
        } else if (!c.code().matches("[A-Za-z0-9._-]{1,30}")) {
            v.add("code", "counter.code.format");
        } else if (store.codeTaken(deskId, c.code(), id)) {
            v.add("code", "problem.field.unique");
        }
        if (c.name() == null || c.name().isEmpty()) {
            v.add("name", "problem.field.required");
        } else {
            v.line("name", c.name(), 200);
        }
        return v;
    }
}
