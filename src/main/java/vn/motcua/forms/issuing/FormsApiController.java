package vn.motcua.forms.issuing;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.documents.Downloads;
import vn.motcua.documents.FileStorage;
import vn.motcua.documents.StoredFile;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.RuleSet;
import vn.motcua.forms.FormNumber;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Downloads of the forms, authorized like the dossier ({@link Dossiers#visible}: a dossier out
 * of reach is “not found”). The applicant gets the papers addressed to them (01–04); the control
 * sheet is the agencies' internal record. The register is for the receiving agency's reception,
 * leaders and monitors.
 */
@RestController
class FormsApiController {

    record IssuedForm(String number, String title, String action, Instant occurredAt, String fileId, String sha256,
            Instant createdAt) {
    }

    private static final Set<FormNumber> APPLICANT_FORMS = Set.of(FormNumber.RECEIPT, FormNumber.SUPPLEMENT_REQUEST,
            FormNumber.INTAKE_REFUSAL, FormNumber.APOLOGY);

    /** NĐ 118/2025 and TT 03/2025 apply from this day: a register ending later uses the 2025 numbering. */

    private final Dossiers reads;
    private final GeneratedFormStore generated;
    private final FileStorage files;
    private final LiveForms live;
    private final Agencies agencies;
    private final Clock clock;

    FormsApiController(Dossiers reads, GeneratedFormStore generated, FileStorage files, LiveForms live,
            Agencies agencies, Clock clock) {
        this.reads = reads;
        this.generated = generated;
        this.files = files;
        this.live = live;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/api/v1/dossiers/{code}/forms")
    List<IssuedForm> list(Actor actor, @PathVariable String code) {
        Dossier d = reads.visible(actor, code);
        return generated.of(d.code()).stream()
                .filter(r -> allowed(actor, d, FormNumber.of(r.formNumber()).orElseThrow()))
                .map(r -> new IssuedForm(r.formNumber(), FormNumber.of(r.formNumber()).orElseThrow().title(),
                        r.action(), r.occurredAt(), r.fileId(), r.sha256(), r.createdAt()))
                .toList();
    }

    @GetMapping("/api/v1/dossiers/{code}/forms/{number}")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable String code, @PathVariable String number) {
        Dossier d = reads.visible(actor, code);
        FormNumber form = FormNumber.of(number).filter(f -> f != FormNumber.REGISTER)
                .orElseThrow(() -> ProblemException.notFound("forms.unknown", number));
        if (!allowed(actor, d, form)) {
            throw ProblemException.forbidden("forms.applicantForms");
        }
        if (form == FormNumber.CONTROL_SHEET) {
            return pdf("Mau-05-" + d.code() + ".pdf", live.controlSheet(d));
        }
        GeneratedFormStore.Row row = generated.latest(d.code(), form.number())
                .orElseThrow(() -> ProblemException.notFound("forms.notIssued", d.code(), number));
        StoredFile file = files.find(row.fileId())
                .orElseThrow(() -> ProblemException.notFound("forms.notIssued", d.code(), number));
        return Downloads.inline(file, files.open(file.id()));
    }

    @GetMapping("/api/v1/registers/receipts")
    ResponseEntity<InputStreamResource> register(Actor actor, @RequestParam String agency,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        AgencyRef ref = agencies.byCode(agency).orElseThrow(() -> ProblemException.notFound("forms.register.agency",
                agency));
        if (!actor.can(Role.RECEPTION, ref.id()) && !actor.can(Role.LEADER, ref.id())
                && !actor.can(Role.MONITOR, ref.id())) {
            throw ProblemException.forbidden("forms.register.forbidden");
        }
        Validation v = new Validation();
        v.dateInRange("from", from);
        v.dateInRange("to", to);
        v.throwIfInvalid();
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw ProblemException.badRequest("forms.register.period");
        }
        return pdf("So-theo-doi-ho-so-" + ref.code() + "-" + from + "-" + to + ".pdf",
                live.register(ref, from, to, RuleSet.inForceOn(to)));
    }

    // The applicant (the account that filed the dossier) sees the papers addressed to them; an
    // officer who reaches the dossier sees every form.
    private static boolean allowed(Actor actor, Dossier d, FormNumber form) {
        boolean officer = actor.kind() == Actor.Kind.OFFICER;
        boolean owner = d.filing().ownerAccountId() != null && d.filing().ownerAccountId() == actor.accountId();
        return officer || !owner || APPLICANT_FORMS.contains(form);
    }

    // Live forms are not stored: the same response headers as a stored file, with a hash of these bytes.
    private ResponseEntity<InputStreamResource> pdf(String name, byte[] bytes) {
        StoredFile file = new StoredFile("live", name, "application/pdf", bytes.length, sha256(bytes),
                clock.instant());
        return Downloads.inline(file, new ByteArrayInputStream(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
