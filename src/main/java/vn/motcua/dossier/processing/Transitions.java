package vn.motcua.dossier.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.documents.FileStorage;
import vn.motcua.documents.StoredFile;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryEntry;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Applies an action to a dossier: checks that the actor can see it ({@link Visibility}: else it is not
 * found), claims the request key if any ({@link RequestKeys}: a retry answers what its first try did),
 * checks the action against the {@link Lifecycle} table and the actor, computes the next state
 * ({@link StepMoves}), then writes the row (optimistic version check), the history event and the outbox
 * event in one transaction.
 */
@Service
public class Transitions {

    private final DossierStore store;
    private final RequestKeys keys;
    private final Authorization authorization;
    private final StepMoves moves;
    private final ProcessPlans plans;
    private final ApplicationEventPublisher events;
    private final FileStorage files;
    private final Clock clock;

    Transitions(DossierStore store, RequestKeys keys, Authorization authorization, StepMoves moves,
            ProcessPlans plans, ApplicationEventPublisher events, FileStorage files, Clock clock) {
        this.files = files;
        this.store = store;
        this.keys = keys;
        this.authorization = authorization;
        this.moves = moves;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** A document that comes with an action: supplied papers, or the result of a resolution. */
    public record AddedDocument(String requirement, StoredFile file, String fileName) {
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
        // Reach first: outside it the dossier is not found, as when reading it, whatever else is wrong.
        Dossier d = store.byCode(code).filter(found -> Visibility.canSee(actor, found))
                .orElseThrow(() -> ProblemException.notFound("dossier.notFound", code));
        Validation v = new Validation();
        input.validate(v);
        v.throwIfInvalid();
        String key = RequestKeys.of(null, input.requestId());
        if (key != null) {
            Optional<Dossier> earlier = keys.claim(actor, key, action, d);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (input.version() != null && input.version() != d.version()) {
            throw ProblemException.concurrentChange();
        }
        Instant now = clock.instant();
        Dossier written = decide(d, action, actor, input, now);
        addDocuments(d.id(), action == DossierAction.RESOLVE ? "RESULT" : "SUPPLEMENT", documents, actor, now);
        return written;
    }

    /**
     * Claims the actor's request key for a filing, first in the filing's transaction and before its code
     * is taken ({@link RequestKeys}): empty when the key is now this filing's (file the dossier, and
     * {@link #submit} binds it to the key), else the dossier that the account's earlier filing with this
     * key made, as it is now, for a retry to answer (an overlapping retry waits for it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Dossier> claimFiling(Actor actor, String requestKey) {
        return keys.claim(actor, requestKey, DossierAction.SUBMIT, null);
    }

    /**
     * Stores a dossier just filed (SUBMITTED, at the reception step of the receiving agency) with its
     * SUBMIT event and documents, in the caller's transaction. Intake validates and builds the draft;
     * an officer filing at the counter acts as reception of the receiving agency, an applicant as
     * themself. A request key, claimed with {@link #claimFiling}, is bound to the new dossier. Returns the
     * stored dossier (no read-back: it is the draft with its id).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Dossier submit(Dossier draft, Actor actor, String requestId, List<AddedDocument> documents) {
        Instant now = draft.timeline().submittedAt();
        boolean online = draft.placement().channel() == Channel.ONLINE;
        long id = store.insert(DossierStore.NewRow.filed(draft));
        if (requestId != null) {
            store.bindRequest(actor.accountId(), requestId, id);
        }
        store.insertEvent(id, new HistoryEntry(now, DossierAction.SUBMIT, actor.accountId(), actor.displayName(),
                online ? null : Role.RECEPTION, online ? null : draft.placement().receivingAgencyId(), null,
                DossierStatus.SUBMITTED, null, null, null, null, null, requestId));
        addDocuments(id, "SUBMITTED", documents, actor, now);
        return new Dossier(id, draft.code(), draft.status(), draft.result(), draft.procedure(), draft.placement(),
                draft.step(), draft.timeline(), draft.applicant(), draft.filing(), draft.version());
    }

    /**
     * Applies an action to a dossier as read in this transaction: checked against the {@link Lifecycle}
     * table and the actor, the next state computed ({@link StepMoves}), then written with its history
     * and outbox event. Intake calls it for the officer's decision on a dossier it just stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Dossier decide(Dossier d, DossierAction action, Actor actor, ActionInput input) {
        return decide(d, action, actor, input, clock.instant());
    }

    private Dossier decide(Dossier d, DossierAction action, Actor actor, ActionInput input, Instant now) {
        DossierStatus target = Lifecycle.next(action, d.status(), d.received())
                .orElseThrow(() -> ProblemException.conflict("dossier.action.notAllowed", action.name(),
                        d.status().name()));
        Role role = authorization.check(actor, d, action);
        ProcedureDefinition procedure = plans.procedure(d);
        List<ProcessStep> steps = plans.steps(d, procedure);
        Change c = new Change(d);
        c.status = target;
        moves.apply(action, d, c, procedure, steps, input, now);
        return write(d, c, action, actor, role, input, now, steps);
    }

    private void addDocuments(long dossierId, String kind, List<AddedDocument> documents, Actor actor, Instant now) {
        for (AddedDocument doc : documents) {
            if (doc.file() != null) {
                files.attach(doc.file().id());
            }
            store.insertDocument(dossierId, kind, doc.requirement(), doc.file(),
                    doc.file() == null ? doc.fileName() : doc.file().originalName(), now, actor.displayName());
        }
    }

    /**
     * The actions the actor may take on the dossier now: allowed from its status by the lifecycle
     * table, permitted to the actor, and possible at the current step of its process.
     */
    @Transactional(readOnly = true)
    public Set<DossierAction> available(Actor actor, Dossier d) {
        ProcedureDefinition procedure = plans.procedure(d);
        List<ProcessStep> steps = plans.steps(d, procedure);
        Set<DossierAction> actions = EnumSet.noneOf(DossierAction.class);
        for (DossierAction action : Lifecycle.actionsFrom(d.status(), d.received())) {
            if (authorization.permits(actor, d, action) && moves.blocked(action, d, procedure, steps).isEmpty()) {
                actions.add(action);
            }
        }
        return actions;
    }

    private Dossier write(Dossier d, Change c, DossierAction action, Actor actor, Role role, ActionInput input,
            Instant now, List<ProcessStep> steps) {
        Dossier after = c.of(d);
        if (!store.update(d, after)) {
            throw ProblemException.concurrentChange();
        }
        Long actorAgency = role == null ? null
                : c.stepAgencyId != null && d.step().agencyId() == null ? d.placement().receivingAgencyId() : d.step().agencyId();
        store.insertEvent(d.id(), new HistoryEntry(now, action, actor.accountId(), actor.displayName(), role,
                actorAgency, d.status(), c.status, d.step().index(), c.stepIndex, d.step().dueAt(),
                input.hasNote() ? input.note().strip() : null, input.payload(), input.requestId()));
        String stepName = c.stepIndex == null || c.stepIndex >= steps.size() ? null : steps.get(c.stepIndex).name();
        int national = action == DossierAction.RECEIVE ? 2 : c.status.nationalCode();
        events.publishEvent(new DossierChanged(d.code(), d.procedure().code(), action, d.status(), c.status, national,
                now, actor.displayName(), c.stepAgencyId, stepName, c.stepDueAt,
                c.promisedAt(), input.note()));
        // The row is what was just written: no need to read it back.
        return after;
    }
}
