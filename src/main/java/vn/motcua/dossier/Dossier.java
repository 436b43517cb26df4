package vn.motcua.dossier;

import java.time.Instant;

import vn.motcua.platform.security.Role;

/**
 * The current state of a dossier as its row holds it, in groups: the procedure version it runs on,
 * where it was filed and is resolved, its current process step, its timeline (the clock) and who filed
 * it. A value: the processing package writes the next state of the row, with its history event and
 * outbox event, in one transaction; nothing else writes a dossier.
 */
public record Dossier(long id, String code, DossierStatus status, String result, Procedure procedure,
        Placement placement, CurrentStep step, Timeline timeline, Applicant applicant, Filing filing, int version) {

    /** The procedure version the dossier runs on, as it was at filing (name, field, level, online level). */
    public record Procedure(String code, int version, String name, String fieldCode, String level,
            String onlineLevel) {
    }

    /** The resolving and receiving agencies, the desk, how it came ({@link Channel}) and how the result goes back. */
    public record Placement(long resolvingAgencyId, long receivingAgencyId, Long receivingDeskId, Channel channel,
            Delivery delivery) {
    }

    /**
     * Where the dossier is in its process: step {@code index} of the chain position {@code chainIndex},
     * at an agency, for a role, maybe assigned to one officer, with the step's due instant. All but
     * {@code chainIndex} are null once the dossier has left its process (finished and returned).
     */
    public record CurrentStep(Integer index, int chainIndex, Long agencyId, Role role, Long assigneeId,
            Instant startedAt, Instant dueAt) {

        public static final CurrentStep NONE = new CurrentStep(null, 0, null, null, null, null, null);
    }

    /**
     * The dossier's clock: filed, received (the clock starts), due (the original limit, which the
     * statistics keep), the appointment of an apology, since when the clock is stopped, finished
     * (resolved, withdrawn or stopped) and returned; how many supplements were asked after receipt.
     */
    public record Timeline(Instant submittedAt, Instant receivedAt, Instant dueAt, Instant appointmentAt,
            Instant clockStoppedAt, Instant finishedAt, Instant returnedAt, int supplementCount) {

        /** The instant the applicant was promised: the apology's new appointment, else the due instant. */
        public Instant promisedAt() {
            return appointmentAt != null ? appointmentAt : dueAt;
        }
    }

    /** Who filed and for what: the representative, the applicant's account (online filing), a summary, the rule set in force. */
    public record Filing(String representative, Long ownerAccountId, String summary, String ruleSet) {
    }

    public boolean received() {
        return timeline.receivedAt() != null;
    }

    /** Whether the account filed this dossier (the applicant acting online). */
    public boolean ownedBy(long accountId) {
        return filing.ownerAccountId() != null && filing.ownerAccountId() == accountId;
    }
}
