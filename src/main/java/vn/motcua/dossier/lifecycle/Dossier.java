package vn.motcua.dossier.lifecycle;

import java.time.Instant;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.counts.CountedFacts;
import vn.motcua.platform.security.Role;

/**
 * The current state of a dossier as one row holds it. Changes are made by {@link Transitions} only,
 * each producing the next state with a history event in one transaction.
 */
public record Dossier(long id, String code, String procedureCode, int procedureVersion, String procedureName,
        String fieldCode, String level, String onlineLevel, long resolvingAgencyId, long receivingAgencyId,
        Long receivingDeskId, Channel channel, Delivery delivery, DossierStatus status, String result,
        Integer stepIndex, int chainIndex, Long stepAgencyId, Role stepRole, Long assigneeId, Instant stepStartedAt,
        Instant stepDueAt, Instant submittedAt, Instant receivedAt, Instant dueAt, Instant appointmentAt,
        Instant clockStoppedAt, Instant finishedAt, Instant returnedAt, int supplementCount, Applicant applicant,
        String representative, Long ownerAccountId, String summary, String ruleSet, int version) {

    public boolean received() {
        return receivedAt != null;
    }

    /** The state the row holds once {@code c} is written over this one (the version moves on by one). */
    Dossier after(Change c) {
        return new Dossier(id, c.code, procedureCode, procedureVersion, procedureName, fieldCode, level, onlineLevel,
                resolvingAgencyId, receivingAgencyId, receivingDeskId, channel, delivery, c.status, c.result,
                c.stepIndex, c.chainIndex, c.stepAgencyId, c.stepRole, c.assigneeId, c.stepStartedAt, c.stepDueAt,
                submittedAt, c.receivedAt, c.dueAt, c.appointmentAt, c.clockStoppedAt, c.finishedAt, c.returnedAt,
                c.supplementCount, applicant, representative, ownerAccountId, summary, ruleSet, version + 1);
    }

    /** The columns the day counts depend on (a batch import passes these to {@code DayCountLedger}). */
    public CountedFacts counted() {
        return new CountedFacts(resolvingAgencyId, level, status.name(), channel.name(), receivedAt, dueAt, finishedAt);
    }

    /** The next state's builder starts from this one. */
    public Change change() {
        return new Change(this);
    }

    /** A mutable copy to describe the next state in a few lines. */
    public static final class Change {
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
        String code;

        private Change(Dossier d) {
            status = d.status;
            result = d.result;
            stepIndex = d.stepIndex;
            chainIndex = d.chainIndex;
            stepAgencyId = d.stepAgencyId;
            stepRole = d.stepRole;
            assigneeId = d.assigneeId;
            stepStartedAt = d.stepStartedAt;
            stepDueAt = d.stepDueAt;
            receivedAt = d.receivedAt;
            dueAt = d.dueAt;
            appointmentAt = d.appointmentAt;
            clockStoppedAt = d.clockStoppedAt;
            finishedAt = d.finishedAt;
            returnedAt = d.returnedAt;
            supplementCount = d.supplementCount;
            code = d.code;
        }
    }
}
