package vn.motcua.dossier.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.intake.IntakeCommand;
import vn.motcua.dossier.intake.IntakeService;
import vn.motcua.dossier.lifecycle.ActionInput;
import vn.motcua.dossier.lifecycle.ControlSheets;
import vn.motcua.dossier.lifecycle.Dossier;
import vn.motcua.dossier.lifecycle.DossierReads;
import vn.motcua.dossier.lifecycle.HistoryEntry;
import vn.motcua.dossier.lifecycle.Transitions;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;

/**
 * The dossier API: online submission, intake at the desk, every action of the lifecycle, the
 * dossier and its history. A request may carry {@code Idempotency-Key} (or {@code requestId}):
 * a retried request is not applied twice.
 */
@RestController
class DossierApiController {

    record ActionRequest(String requestId, Integer version, String note, Long assigneeId, String result,
            Instant newAppointment, List<IntakeCommand.SubmittedDocument> documents) {
    }

    private final IntakeService intake;
    private final Transitions transitions;
    private final DossierReads reads;
    private final ControlSheets controlSheets;
    private final Attachments attachments;

    DossierApiController(IntakeService intake, Transitions transitions, DossierReads reads,
            ControlSheets controlSheets, Attachments attachments) {
        this.attachments = attachments;
        this.controlSheets = controlSheets;
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

    @PostMapping("/api/v1/dossiers/{code}/actions/{action}")
    DossierView act(Actor actor, @PathVariable String code, @PathVariable String action,
            @RequestBody(required = false) ActionRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ActionRequest in = body == null ? new ActionRequest(null, null, null, null, null, null, null) : body;
        String requestId = key != null ? key : in.requestId();
        Dossier d = transitions.apply(code, parse(action), actor, new ActionInput(requestId, in.version(), in.note(),
                in.assigneeId(), in.result(), in.newAppointment(), null), attachments.resolve(in.documents()));
        return view(actor, d);
    }

    @GetMapping("/api/v1/dossiers/{code}")
    DossierView get(Actor actor, @PathVariable String code) {
        return view(actor, reads.visible(actor, code));
    }

    @GetMapping("/api/v1/dossiers/{code}/history")
    List<HistoryEntry> history(Actor actor, @PathVariable String code) {
        return reads.history(reads.visible(actor, code));
    }

    @GetMapping("/api/v1/dossiers/{code}/control-sheet")
    ControlSheets.Sheet controlSheet(Actor actor, @PathVariable String code) {
        return controlSheets.of(reads.visible(actor, code));
    }

    private DossierView view(Actor actor, Dossier d) {
        return DossierView.of(d, reads.documents(d), transitions.available(actor, d));
    }

    /** {@code request-supplement} → {@link DossierAction#REQUEST_SUPPLEMENT}. */
    static DossierAction parse(String action) {
        try {
            return DossierAction.valueOf(action.trim().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("dossier.action.unknown", action);
        }
    }

    private static IntakeCommand withKey(IntakeCommand c, String key) {
        if (c == null) {
            throw ProblemException.badRequest("problem.unreadable");
        }
        return key == null ? c : new IntakeCommand(c.procedureCode(), c.agencyCode(), c.channel(), c.delivery(),
                c.applicant(), c.representative(), c.summary(), c.documents(), c.decision(), c.note(), key);
    }
}
