package vn.motcua.dossier.processing;

import java.time.Instant;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.security.Role;

/**
 * The next state of a dossier while an action computes it: a mutable copy of the columns an action
 * may change, so that each effect ({@link StepMoves}) is a few assignments. {@link #of} applies it.
 */
final class Change {

    DossierStatus status;
    String result;
    Integer stepIndex;
    int chainIndex;
    Long stepAgencyId;
    Role stepRole;
    Long assigneeId;
    Instant stepStartedAt;
    Instant stepDueAt;
    Instant receivedAt;
    Instant dueAt;
    Instant appointmentAt;
    Instant clockStoppedAt;
    Instant finishedAt;
    Instant returnedAt;
    int supplementCount;

    Change(Dossier d) {
        status = d.status();
        result = d.result();
        Dossier.CurrentStep s = d.step();
        stepIndex = s.index();
        chainIndex = s.chainIndex();
        stepAgencyId = s.agencyId();
        stepRole = s.role();
        assigneeId = s.assigneeId();
        stepStartedAt = s.startedAt();
        stepDueAt = s.dueAt();
        Dossier.Timeline t = d.timeline();
        receivedAt = t.receivedAt();
        dueAt = t.dueAt();
        appointmentAt = t.appointmentAt();
        clockStoppedAt = t.clockStoppedAt();
        finishedAt = t.finishedAt();
        returnedAt = t.returnedAt();
        supplementCount = t.supplementCount();
    }

    /** The state the row holds once this change is written over {@code before} (the version moves on by one). */
    Dossier of(Dossier before) {
        return new Dossier(before.id(), before.code(), status, result, before.procedure(), before.placement(),
                new Dossier.CurrentStep(stepIndex, chainIndex, stepAgencyId, stepRole, assigneeId, stepStartedAt,
                        stepDueAt),
                new Dossier.Timeline(before.timeline().submittedAt(), receivedAt, dueAt, appointmentAt, clockStoppedAt,
                        finishedAt, returnedAt, supplementCount),
                before.applicant(), before.filing(), before.version() + 1);
    }

    /** The promised instant of the next state: the apology's appointment, else the due instant. */
    Instant promisedAt() {
        return appointmentAt != null ? appointmentAt : dueAt;
    }
}
