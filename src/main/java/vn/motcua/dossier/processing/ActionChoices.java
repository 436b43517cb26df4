package vn.motcua.dossier.processing;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.processing.Lifecycle;
import vn.motcua.dossier.processing.Transitions;
import vn.motcua.platform.security.Actor;

import static vn.motcua.dossier.DossierAction.*;

/**
 * The actions the dossier page offers an officer: those the {@link Lifecycle} table allows from the
 * status, that the officer's roles permit at the right agency, and that the process allows at the
 * current step. The service decides again when the form is posted; this only keeps useless buttons
 * away; the rules themselves are the lifecycle's ({@link Transitions#available}).
 */
@Component
class ActionChoices {

    /** Actions whose form asks for a reason, the items to supply, or a note that must not be empty. */
    private static final Set<DossierAction> NOTE_REQUIRED = EnumSet.of(SEND_BACK, REQUEST_SUPPLEMENT, PAUSE, STOP,
            REQUEST_PAYMENT, APOLOGIZE, REFUSE_INTAKE, REQUEST_SUPPLEMENT_AT_INTAKE);

    /** One action's form on the page. */
    public record Choice(DossierAction action, boolean noteRequired, String slug) {

        public boolean assign() {
            return action == ASSIGN;
        }

        public boolean resolve() {
            return action == RESOLVE;
        }

        public boolean apology() {
            return action == APOLOGIZE;
        }
    }

    private final Transitions transitions;

    ActionChoices(Transitions transitions) {
        this.transitions = transitions;
    }

    List<Choice> choices(Actor actor, Dossier d) {
        return transitions.available(actor, d).stream().map(a -> new Choice(a, NOTE_REQUIRED.contains(a), slug(a)))
                .toList();
    }

    /** Whether the action needs a note (a refusal of the result needs its reason too). */
    static boolean noteRequired(DossierAction action, String result) {
        return NOTE_REQUIRED.contains(action) || action == RESOLVE && "DENIED".equals(result);
    }

    static String slug(DossierAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
