package vn.motcua.organization.officer;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.OfficerAccounts;
import vn.motcua.organization.RoleAssignment;
import vn.motcua.organization.access.AdminGuard;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Administration of officers. An administrator manages the officers of the agencies in its scope and
 * grants only roles at agencies in its scope; province-wide roles only a province-wide administrator
 * grants. The officer and its login account are created in one transaction.
 */
@Service
@Transactional
public class OfficerService {

    static final String AUDIT_TYPE = "officer";

    private final OfficerStore store;
    private final OfficerAccounts accounts;
    private final AdminGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    OfficerService(OfficerStore store, OfficerAccounts accounts, AdminGuard guard, AuditLog audit, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<OfficerView> search(Actor actor, OfficerFilter filter, PageRequest page) {
        guard.requireReader(actor);
        return store.search(filter, page).map(this::withUsername);
    }

    @Transactional(readOnly = true)
    public OfficerView get(Actor actor, long id) {
        guard.requireReader(actor);
        return find(id);
    }

    public OfficerView create(Actor actor, OfficerCommand command) {
        guard.requireSomeAdmin(actor);
        OfficerCommand c = command.normalized();
        Validation v = validate(c);
        v.check(c.username() != null && !c.username().isEmpty(), "username", "problem.field.required");
        v.check(c.password() != null && !c.password().isEmpty(), "password", "problem.field.required");
        v.throwIfInvalid();
        guard.requireAdmin(actor, c.agencyId());
        requireGrantable(actor, Set.copyOf(c.roles()));
        long id = store.insert(c, clock.instant());
        accounts.create(id, c.username(), c.fullName(), c.password());
        OfficerView created = find(id);
        audit.created(AUDIT_TYPE, id, created.fullName() + " (" + created.username() + ")", created);
        return created;
    }

    public OfficerView update(Actor actor, long id, OfficerCommand command) {
        guard.requireSomeAdmin(actor);
        OfficerView before = find(id);
        guard.requireAdmin(actor, before.agencyId());
        OfficerCommand c = command.normalized();
        Validation v = validate(c);
        v.check(c.version() != null, "version", "problem.field.required");
        v.throwIfInvalid();
        guard.requireAdmin(actor, c.agencyId());
        // Only the roles that change need the right to grant them: a scoped administrator may edit
        // an officer who also holds a role elsewhere, as long as it leaves that role alone.
        Set<RoleAssignment> changed = new HashSet<>(before.roles());
        Set<RoleAssignment> after = new HashSet<>(c.roles());
        Set<RoleAssignment> added = new HashSet<>(after);
        added.removeAll(changed);
        changed.removeAll(after);
        changed.addAll(added);
        requireGrantable(actor, changed);
        if (!store.update(id, c, clock.instant())) {
            throw new OptimisticLockingFailureException("officer " + id + " changed meanwhile");
        }
        OfficerView updated = find(id);
        audit.updated(AUDIT_TYPE, id, updated.fullName(), before, updated);
        return updated;
    }

    /** Deactivating an officer also disables the login; activating enables it again. */
    public OfficerView setActive(Actor actor, long id, boolean active) {
        guard.requireSomeAdmin(actor);
        OfficerView before = find(id);
        guard.requireAdmin(actor, before.agencyId());
        if (before.active() == active) {
            return before;
        }
        store.setActive(id, active, clock.instant());
        accounts.setEnabled(id, active);
        OfficerView after = find(id);
        audit.updated(AUDIT_TYPE, id, after.fullName(), before, after);
        return after;
    }

    private OfficerView find(long id) {
        return store.byId(id).map(this::withUsername)
                .orElseThrow(() -> ProblemException.notFound("officer.notFound", id));
    }

    private OfficerView withUsername(OfficerView officer) {
        return officer.withUsername(accounts.usernameOf(officer.id()).orElse(null));
    }

    private void requireGrantable(Actor actor, Set<RoleAssignment> roles) {
        for (RoleAssignment role : roles) {
            if (!role.role().isStaff()) {
                throw ProblemException.invalid("roles", "officer.role.notStaff");
            }
            if (!guard.administers(actor, role.agencyId())) {
                throw ProblemException.forbidden("officer.role.forbidden");
            }
        }
    }

    private Validation validate(OfficerCommand c) {
        Validation v = new Validation();
        if (c.fullName() == null || c.fullName().isEmpty()) {
            v.add("fullName", "problem.field.required");
        } else {
            v.line("fullName", c.fullName(), 150);
        }
        v.line("position", c.position(), 150);
        v.check(c.email() == null || c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && c.email().length() <= 200,
                "email", "officer.email.format");
        v.check(c.phone() == null || c.phone().matches("[0-9 +().-]{3,30}"), "phone", "org.phone.format");
        if (c.agencyId() == null) {
            v.add("agencyId", "problem.field.required");
        } else {
            v.check(store.agencyExists(c.agencyId()), "agencyId", "problem.field.unknown");
        }
        boolean deskKnown = c.deskId() == null || store.deskExists(c.deskId());
        v.check(deskKnown, "deskId", "problem.field.unknown");
        for (Long counter : c.counterIds()) {
            Long desk = counter == null ? null : store.deskOfCounter(counter).orElse(null);
            if (desk == null) {
                v.add("counterIds", "problem.field.unknown");
                break;
            }
            if (deskKnown && !Objects.equals(desk, c.deskId())) {
                v.add("counterIds", "officer.counter.otherDesk");
                break;
            }
        }
        List<RoleAssignment> roles = c.roles();
        for (int i = 0; i < roles.size(); i++) {
            RoleAssignment role = roles.get(i);
            v.check(role.role() != null, "roles[" + i + "].role", "problem.field.required");
            v.check(role.agencyId() == null || store.agencyExists(role.agencyId()), "roles[" + i + "].agencyId",
                    "problem.field.unknown");
        }
        return v;
    }
}
