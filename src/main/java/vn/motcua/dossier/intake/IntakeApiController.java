package vn.motcua.dossier.intake;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.IntakeCommand;
import vn.motcua.dossier.processing.DossierReads;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.dossier.processing.RequestKeys;
import vn.motcua.dossier.processing.Transitions;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;

/**
 * Filing through the API: online submission by the applicant's account, and intake at the desk with
 * the officer's decision. A request may carry {@code Idempotency-Key} (or {@code requestId}), a key of the
 * sending account ({@link RequestKeys}): a retried request is answered with the dossier it filed, never
 * filed twice.
 */
@RestController
class IntakeApiController {

    private final IntakeService intake;
    private final Transitions transitions;
    private final DossierReads reads;

    IntakeApiController(IntakeService intake, Transitions transitions, DossierReads reads) {
        this.intake = intake;
        this.transitions = transitions;
        this.reads = reads;
    }

    @PostMapping("/api/v1/dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    DossierView submit(Actor actor, @RequestBody IntakeCommand body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return view(actor, intake.submitOnline(actor, withKey(body, key)));
    }

    @PostMapping("/api/v1/dossiers/intake")
    @ResponseStatus(HttpStatus.CREATED)
    DossierView receive(Actor actor, @RequestBody IntakeCommand body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return view(actor, intake.receiveAtDesk(actor, withKey(body, key)));
    }

    private DossierView view(Actor actor, Dossier d) {
        return DossierView.of(d, reads.documents(d), transitions.available(actor, d));
    }

    private static IntakeCommand withKey(IntakeCommand c, String key) {
        if (c == null) {
            throw ProblemException.badRequest("problem.unreadable");
        }
        return new IntakeCommand(c.procedureCode(), c.agencyCode(), c.channel(), c.delivery(), c.applicant(),
                c.representative(), c.summary(), c.documents(), c.decision(), c.note(), RequestKeys.of(key, c.requestId()));
    }
}
