package vn.motcua.dossier.processing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.ControlSheet;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.HistoryEntry;
import vn.motcua.dossier.IntakeCommand;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;

/**
 * The dossier API: every action of the lifecycle, the dossier, its history and control sheet (filing is
 * {@code intake.IntakeApiController}). An action on a dossier outside the caller's reach answers 404, as
 * reading it does, before any other check. A request may carry {@code Idempotency-Key} (or {@code requestId}),
 * a key of the sending account ({@link RequestKeys}): a retried request is not applied twice.
 */
@RestController
class DossierApiController {

    record ActionRequest(String requestId, Integer version, String note, Long assigneeId, String result,
            Instant newAppointment, List<IntakeCommand.SubmittedDocument> documents) {
    }

    private final Transitions transitions;
    private final DossierReads reads;
    private final Attachments attachments;

    DossierApiController(Transitions transitions, DossierReads reads, Attachments attachments) {
        this.attachments = attachments;
        this.transitions = transitions;
        this.reads = reads;
    }

    @PostMapping("/api/v1/dossiers/{code}/actions/{action}")
    DossierView act(Actor actor, @PathVariable String code, @PathVariable String action,
            @RequestBody(required = false) ActionRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ActionRequest in = body == null ? new ActionRequest(null, null, null, null, null, null, null) : body;
        String requestId;
        DossierAction chosen;
        List<Transitions.AddedDocument> documents;
        try {
            requestId = RequestKeys.of(key, in.requestId());
            chosen = parse(action);
            documents = attachments.resolve(in.documents());
        } catch (ProblemException e) {
            // Reach first: on a dossier outside it, the answer is that it is not found, whatever else is wrong.
            reads.visible(actor, code);
            throw e;
        }
        Dossier d = transitions.apply(code, chosen, actor, new ActionInput(requestId, in.version(), in.note(),
                in.assigneeId(), in.result(), in.newAppointment(), null), documents);
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
    ControlSheet controlSheet(Actor actor, @PathVariable String code) {
        return reads.controlSheet(reads.visible(actor, code));
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
}
