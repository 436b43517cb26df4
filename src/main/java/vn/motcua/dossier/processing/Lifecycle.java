package vn.motcua.dossier.processing;

import static vn.motcua.dossier.DossierAction.*;
import static vn.motcua.dossier.DossierStatus.*;
import static vn.motcua.platform.security.Role.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.security.Role;

/**
 * The dossier's state machine as one table (in the manner of HMCTS CCD's case events): for each
 * action, the statuses it starts from, the phase it needs (before or after receipt), the status it
 * leads to, who may take it and where their role must be held. Nothing else decides whether an
 * action is allowed.
 */
public final class Lifecycle {

    /** Where the officer's role must be held for the action. */
    public enum Place {
        /** A desk that may receive for the resolving agency (DESIGN.md: reception regardless of residence). */
        INTAKE,
        /** The agency and role of the current process step. */
        STEP,
        /** The resolving agency. */
        RESOLVING
    }

    /** Whether the dossier must already be received (clock running) or not yet. */
    public enum Phase { BEFORE_RECEIPT, AFTER_RECEIPT, ANY }

    /** One row: {@code to == null} keeps the status as it is. */
    public record Rule(DossierAction action, Set<DossierStatus> from, Phase phase, DossierStatus to, Set<Role> roles,
            Place place, boolean applicant) {

        public boolean startsFrom(DossierStatus status, boolean received) {
            return from.contains(status) && status.possible(received) && switch (phase) {
                case BEFORE_RECEIPT -> !received;
                case AFTER_RECEIPT -> received;
                case ANY -> true;
            };
        }

        public DossierStatus target(DossierStatus current) {
            return to == null ? current : to;
        }
    }

    private static final Set<DossierStatus> OPEN = EnumSet.of(PROCESSING, PAUSED, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT);

    private static final List<Rule> RULES = List.of(
            rule(SUBMIT, Set.of(), Phase.BEFORE_RECEIPT, SUBMITTED, Set.of(), null, true),
            rule(RECEIVE, Set.of(SUBMITTED), Phase.BEFORE_RECEIPT, PROCESSING, Set.of(RECEPTION), Place.INTAKE, false),
            rule(REQUEST_SUPPLEMENT_AT_INTAKE, Set.of(SUBMITTED), Phase.BEFORE_RECEIPT, SUPPLEMENT_REQUESTED,
                    Set.of(RECEPTION), Place.INTAKE, false),
            rule(RESUBMIT, Set.of(SUPPLEMENT_REQUESTED), Phase.BEFORE_RECEIPT, SUBMITTED, Set.of(), null, true),
            rule(REFUSE_INTAKE, Set.of(SUBMITTED), Phase.BEFORE_RECEIPT, INTAKE_REFUSED, Set.of(RECEPTION), Place.INTAKE,
                    false),
            rule(ASSIGN, Set.of(PROCESSING), Phase.AFTER_RECEIPT, null, Set.of(LEADER), Place.STEP, false),
            rule(FORWARD, Set.of(PROCESSING), Phase.AFTER_RECEIPT, PROCESSING, Set.of(), Place.STEP, false),
            rule(SEND_BACK, Set.of(PROCESSING), Phase.AFTER_RECEIPT, PROCESSING, Set.of(), Place.STEP, false),
            rule(TRANSFER, Set.of(PROCESSING), Phase.AFTER_RECEIPT, PROCESSING, Set.of(), Place.STEP, false),
            rule(REQUEST_SUPPLEMENT, Set.of(PROCESSING), Phase.AFTER_RECEIPT, SUPPLEMENT_REQUESTED,
                    Set.of(SPECIALIST, LEADER), Place.STEP, false),
            rule(SUPPLY, Set.of(SUPPLEMENT_REQUESTED), Phase.AFTER_RECEIPT, PROCESSING, Set.of(RECEPTION), Place.INTAKE,
                    true),
            rule(PAUSE, Set.of(PROCESSING), Phase.AFTER_RECEIPT, PAUSED, Set.of(SPECIALIST, LEADER), Place.STEP, false),
            rule(RESUME, Set.of(PAUSED), Phase.AFTER_RECEIPT, PROCESSING, Set.of(SPECIALIST, LEADER), Place.STEP, false),
            rule(REQUEST_PAYMENT, Set.of(PROCESSING), Phase.AFTER_RECEIPT, AWAITING_PAYMENT, Set.of(), Place.STEP, false),
            rule(RECORD_PAYMENT, Set.of(AWAITING_PAYMENT), Phase.AFTER_RECEIPT, PROCESSING, Set.of(RECEPTION, CLERK),
                    Place.INTAKE, false),
            rule(STOP, OPEN, Phase.AFTER_RECEIPT, STOPPED, Set.of(LEADER), Place.RESOLVING, false),
            rule(WITHDRAW, EnumSet.of(SUBMITTED, SUPPLEMENT_REQUESTED, PROCESSING, PAUSED, AWAITING_PAYMENT), Phase.ANY,
                    WITHDRAWN, Set.of(RECEPTION), Place.INTAKE, true),
            rule(RESOLVE, Set.of(PROCESSING), Phase.AFTER_RECEIPT, RESOLVED, Set.of(), Place.STEP, false),
            rule(APOLOGIZE, OPEN, Phase.AFTER_RECEIPT, null, Set.of(LEADER), Place.RESOLVING, false),
            rule(RETURN_RESULT, Set.of(RESOLVED), Phase.AFTER_RECEIPT, RETURNED, Set.of(RECEPTION), Place.INTAKE,
                    false),
            // Only the import creates a dossier this way; no status starts it, so it is never offered.
            rule(IMPORT, Set.of(), Phase.ANY, null, Set.of(ADMIN), null, false));

    private static final Map<DossierAction, Rule> BY_ACTION = new EnumMap<>(DossierAction.class);

    static {
        RULES.forEach(r -> BY_ACTION.put(r.action(), r));
        if (BY_ACTION.size() != DossierAction.values().length) {
            throw new IllegalStateException("every action needs exactly one rule");
        }
    }

    private Lifecycle() {
    }

    /**
     * The rule of an action. An empty {@code roles} set with {@link Place#STEP} means "the role of the
     * current step", whatever it is.
     */
    public static Rule rule(DossierAction action) {
        return BY_ACTION.get(action);
    }

    /** The status an action leads to from {@code status}, or empty when the action is not allowed there. */
    public static Optional<DossierStatus> next(DossierAction action, DossierStatus status, boolean received) {
        Rule rule = BY_ACTION.get(action);
        return rule.startsFrom(status, received) ? Optional.of(rule.target(status)) : Optional.empty();
    }

    /** The actions allowed from a status (before checking who asks). */
    public static Set<DossierAction> actionsFrom(DossierStatus status, boolean received) {
        Set<DossierAction> actions = EnumSet.noneOf(DossierAction.class);
        RULES.stream().filter(r -> r.startsFrom(status, received)).forEach(r -> actions.add(r.action()));
        return actions;
    }

    public static List<Rule> rules() {
        return RULES;
    }

    private static Rule rule(DossierAction action, Set<DossierStatus> from, Phase phase, DossierStatus to,
            Set<Role> roles, Place place, boolean applicant) {
        // Roles in their declared order (an EnumSet), so the role an officer holding two of them acts in
        // is always the same (Set.copyOf iterates in an order that changes from one JVM start to the next).
        Set<Role> ordered = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        return new Rule(action, Set.copyOf(from), phase, to, ordered, place, applicant);
    }
}
