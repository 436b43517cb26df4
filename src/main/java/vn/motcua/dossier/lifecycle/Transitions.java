package vn.motcua.dossier.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;

/**
 * Applies an action to a dossier: checks it against the {@link Lifecycle} table and the actor,
 * computes the next state ({@link StepMoves}), then writes the row (optimistic version check), the
 * history event and the outbox event in one transaction.
 */
@Service
public class Transitions {

    private final DossierStore store;
    private final Authorization authorization;
    private final StepMoves moves;
    private final ProcessPlans plans;
    private final ApplicationEventPublisher events;
    private final vn.motcua.documents.FileStorage files;
    private final Clock clock;

    Transitions(DossierStore store, Authorization authorization, StepMoves moves, ProcessPlans plans,
            ApplicationEventPublisher events, vn.motcua.documents.FileStorage files, Clock clock) {
        this.files = files;
        this.store = store;
        this.authorization = authorization;
        this.moves = moves;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** A document that comes with an action: supplied papers, or the result of a resolution. */
    public record AddedDocument(String requirement, vn.motcua.documents.StoredFile file, String fileName) {
    }

    @Transactional
    public Dossier apply(String code, DossierAction action, Actor actor, ActionInput input) {
        return apply(code, action, actor, input, List.of());
    }

    /**
     * As {@link #apply(String, DossierAction, Actor, ActionInput)}, adding documents in the same
     * transaction: kind {@code RESULT} with a resolution, {@code SUPPLEMENT} otherwise.
     */
    @Transactional
    public Dossier apply(String code, DossierAction action, Actor actor, ActionInput input,
            List<AddedDocument> documents) {
        if (input.requestId() != null) {
            var earlier = store.dossierOfRequest(input.requestId());
            if (earlier.isPresent()) {
                return store.byId(earlier.get()).orElseThrow();
            }
        }
        Dossier d = store.byCode(code).orElseThrow(() -> ProblemException.notFound("dossier.notFound", code));
        if (input.version() != null && input.version() != d.version()) {
            throw ProblemException.conflict("problem.concurrentChange");
        }
        DossierStatus target = Lifecycle.next(action, d.status(), d.received())
                .orElseThrow(() -> ProblemException.conflict("dossier.action.notAllowed", action.name(),
                        d.status().name()));
        Role role = authorization.check(actor, d, action);
        ProcedureDefinition procedure = plans.procedure(d);
        List<ProcessStep> steps = plans.steps(d, procedure);
        Instant now = clock.instant();
        Dossier.Change c = d.change();
        c.status = target;
        moves.apply(action, d, c, procedure, steps, input, now);
        Dossier written = write(d, c, action, actor, role, input, now, steps);
        for (AddedDocument doc : documents) {
            if (doc.file() != null) {
                files.attach(doc.file().id());
            }
            store.insertDocument(d.id(), action == DossierAction.RESOLVE ? "RESULT" : "SUPPLEMENT", doc.requirement(),
                    doc.file(), doc.file() == null ? doc.fileName() : doc.file().originalName(), now,
                    actor.displayName());
        }
        return documents.isEmpty() ? written : store.byId(d.id()).orElseThrow();
    }

    /**
     * The actions the actor may take on the dossier now: allowed from its status by the lifecycle
     * table, permitted to the actor, and possible at the current step of its process.
     */
    @Transactional(readOnly = true)
    public java.util.Set<DossierAction> available(Actor actor, Dossier d) {
        ProcedureDefinition procedure = plans.procedure(d);
        List<ProcessStep> steps = plans.steps(d, procedure);
        java.util.Set<DossierAction> actions = java.util.EnumSet.noneOf(DossierAction.class);
        for (DossierAction action : Lifecycle.actionsFrom(d.status(), d.received())) {
            if (authorization.permits(actor, d, action) && moves.blocked(action, d, procedure, steps).isEmpty()) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Writes a computed change (also used by intake, which creates the dossier first). */
    Dossier write(Dossier d, Dossier.Change c, DossierAction action, Actor actor, Role role, ActionInput input,
            Instant now, List<ProcessStep> steps) {
        if (!store.update(d, c)) {
            throw ProblemException.conflict("problem.concurrentChange");
        }
        Long actorAgency = role == null ? null
                : c.stepAgencyId != null && d.stepAgencyId() == null ? d.receivingAgencyId() : d.stepAgencyId();
        store.insertEvent(d.id(), new HistoryEntry(now, action, actor.accountId(), actor.displayName(), role,
                actorAgency, d.status(), c.status, d.stepIndex(), c.stepIndex, d.stepDueAt(),
                input.hasNote() ? input.note().strip() : null, input.payload(), input.requestId()));
        String stepName = c.stepIndex == null || c.stepIndex >= steps.size() ? null : steps.get(c.stepIndex).name();
        int national = action == DossierAction.RECEIVE ? 2 : c.status.nationalCode();
        events.publishEvent(new DossierChanged(d.code(), d.procedureCode(), action, d.status(), c.status, national,
                now, actor.displayName(), c.stepAgencyId, stepName, c.stepDueAt,
                c.appointmentAt != null ? c.appointmentAt : c.dueAt, input.note()));
        // The row is what was just written: no need to read it back.
        return d.after(c);
    }
}
