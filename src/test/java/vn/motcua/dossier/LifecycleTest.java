package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.processing.Lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action from every status, before and after receipt, against a matrix written out here by
 * hand from DESIGN.md §4 and the issue: a change to the state machine must change this table too.
 */
class LifecycleTest {

    /** action: status(phase) -> result; '=' keeps the status; b = before receipt, a = after. */
    private static final String MATRIX = """
            SUBMIT:
            RECEIVE: SUBMITTED/b->PROCESSING
            REQUEST_SUPPLEMENT_AT_INTAKE: SUBMITTED/b->SUPPLEMENT_REQUESTED
            RESUBMIT: SUPPLEMENT_REQUESTED/b->SUBMITTED
            REFUSE_INTAKE: SUBMITTED/b->INTAKE_REFUSED
            ASSIGN: PROCESSING/a->=
            FORWARD: PROCESSING/a->PROCESSING
            SEND_BACK: PROCESSING/a->PROCESSING
            TRANSFER: PROCESSING/a->PROCESSING
            REQUEST_SUPPLEMENT: PROCESSING/a->SUPPLEMENT_REQUESTED
            SUPPLY: SUPPLEMENT_REQUESTED/a->PROCESSING
            PAUSE: PROCESSING/a->PAUSED
            RESUME: PAUSED/a->PROCESSING
            REQUEST_PAYMENT: PROCESSING/a->AWAITING_PAYMENT
            RECORD_PAYMENT: AWAITING_PAYMENT/a->PROCESSING
            STOP: PROCESSING/a->STOPPED PAUSED/a->STOPPED SUPPLEMENT_REQUESTED/a->STOPPED AWAITING_PAYMENT/a->STOPPED
            WITHDRAW: SUBMITTED/b->WITHDRAWN SUPPLEMENT_REQUESTED/b->WITHDRAWN SUPPLEMENT_REQUESTED/a->WITHDRAWN PROCESSING/a->WITHDRAWN PAUSED/a->WITHDRAWN AWAITING_PAYMENT/a->WITHDRAWN
            RESOLVE: PROCESSING/a->RESOLVED
            APOLOGIZE: PROCESSING/a->= PAUSED/a->= SUPPLEMENT_REQUESTED/a->= AWAITING_PAYMENT/a->=
            RETURN_RESULT: RESOLVED/a->RETURNED
            """;

    @Test
    void everyActionFromEveryStatusMatchesTheTable() {
        Map<String, String> expected = new HashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            for (String cell : parts[1].trim().split(" ")) {
                if (!cell.isBlank()) {
                    String[] arrow = cell.split("->");
                    expected.put(parts[0] + " " + arrow[0], arrow[1]);
                }
            }
        }
        int checked = 0;
        for (DossierAction action : DossierAction.values()) {
            for (DossierStatus status : DossierStatus.values()) {
                for (boolean received : new boolean[] { false, true }) {
                    if (!status.possible(received)) {
                        assertThat(Lifecycle.next(action, status, received)).isEmpty();
                        checked++;
                        continue;
                    }
                    String key = action + " " + status + "/" + (received ? "a" : "b");
                    String want = expected.get(key);
                    var got = Lifecycle.next(action, status, received)
                            .map(s -> s == status && Lifecycle.rule(action).to() == null ? "=" : s.name());
                    assertThat(got.orElse(null)).as(key).isEqualTo(want);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(DossierAction.values().length * DossierStatus.values().length * 2);
    }

    @Test
    void finishedDossiersAllowNothingButReturningAResolvedOne() {
        for (DossierStatus status : EnumSet.of(DossierStatus.WITHDRAWN, DossierStatus.STOPPED,
                DossierStatus.RETURNED, DossierStatus.INTAKE_REFUSED)) {
            assertThat(Lifecycle.actionsFrom(status, true)).as(status.name()).isEmpty();
            assertThat(Lifecycle.actionsFrom(status, false)).as(status.name()).isEmpty();
        }
        assertThat(Lifecycle.actionsFrom(DossierStatus.RESOLVED, true)).isEqualTo(Set.of(DossierAction.RETURN_RESULT));
    }

    @Test
    void onlyTheApplicantSubmitsAndResubmitsAndOfficersNeverDo() {
        assertThat(Lifecycle.rule(DossierAction.SUBMIT).applicant()).isTrue();
        assertThat(Lifecycle.rule(DossierAction.SUBMIT).roles()).isEmpty();
        assertThat(Lifecycle.rule(DossierAction.RESUBMIT).roles()).isEmpty();
        assertThat(Lifecycle.rules().stream().filter(Lifecycle.Rule::applicant).map(Lifecycle.Rule::action))
                .containsExactlyInAnyOrder(DossierAction.SUBMIT, DossierAction.RESUBMIT, DossierAction.SUPPLY,
                        DossierAction.WITHDRAW);
    }

    @Test
    void nationalPortalStatusNumbersFollowTheContract() {
        assertThat(DossierStatus.SUBMITTED.nationalCode()).isEqualTo(1);
        assertThat(DossierStatus.INTAKE_REFUSED.nationalCode()).isEqualTo(3);
        assertThat(DossierStatus.PAUSED.nationalCode()).isEqualTo(4);
        assertThat(DossierStatus.SUPPLEMENT_REQUESTED.nationalCode()).isEqualTo(5);
        assertThat(DossierStatus.RETURNED.nationalCode()).isEqualTo(10);
    }
}
