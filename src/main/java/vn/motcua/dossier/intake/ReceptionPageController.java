package vn.motcua.dossier.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.search.ProcedureQuery;
import vn.motcua.catalog.search.ProcedureSearch;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.IntakeCommand;
import vn.motcua.dossier.intake.IntakeService;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.processing.DossierReads;
import vn.motcua.dossier.HistoryEntry;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;
import vn.motcua.dossier.processing.PageProblems;

/**
 * Reception at the desk, built for the keyboard: find the procedure as you type (without diacritics),
 * fill the applicant in a fixed order, tick the documents with the space bar, then receive, request a
 * supplement or refuse. Everything the officer typed is checked at once and shown inline; nothing is
 * stored until the form is right.
 */
@Controller
@RequestMapping("/staff/reception")
class ReceptionPageController {

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    record ReceptionForm(String procedureCode, String agencyCode, Applicant.Kind kind, String name, String idNumber,
            String birthDate, String phone, String email, String address, String unitCode, Channel channel,
            Delivery delivery,
            List<Integer> documents, String note, IntakeCommand.Decision decision, String requestId) {

        static ReceptionForm empty(String procedureCode) {
            return new ReceptionForm(procedureCode, null, Applicant.Kind.CITIZEN, null, null, null, null, null, null,
                    null, Channel.DIRECT, Delivery.COUNTER, List.of(), null, null, UUID.randomUUID().toString());
        }

        /** Whether the officer ticked the requirement at this position of the procedure's list. */
        public boolean ticked(int index) {
            return documents != null && documents.contains(index);
        }
    }

    private final IntakeService intake;
    private final DossierReads reads;
    private final ProcedureSearch search;
    private final Catalog catalog;
    private final Agencies agencies;
    private final PageProblems problems;
    private final Messages messages;
    private final BusinessZone zone;
    private final Clock clock;

    ReceptionPageController(IntakeService intake, DossierReads reads, ProcedureSearch search, Catalog catalog, Agencies agencies,
            PageProblems problems, Messages messages, BusinessZone zone, Clock clock) {
        this.intake = intake;
        this.reads = reads;
        this.search = search;
        this.catalog = catalog;
        this.agencies = agencies;
        this.problems = problems;
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping
    String start(Actor actor, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String q, Model model) {
        requireReception(actor);
        model.addAttribute("q", q);
        model.addAttribute("matches", q == null || q.isBlank() ? List.of() : matches(q));
        return form(model, ReceptionForm.empty(procedure), Map.of());
    }

    /** The procedures matching what the officer has typed so far (htmx swaps them in under the field). */
    @GetMapping("/procedures")
    String procedures(Actor actor, @RequestParam(required = false) String q, Model model) {
        requireReception(actor);
        model.addAttribute("q", q);
        model.addAttribute("matches", q == null || q.isBlank() ? List.of() : matches(q));
        return "dossier/reception :: results";
    }

    @PostMapping
    String receive(Actor actor, ReceptionForm form, Model model) {
        requireReception(actor);
        Optional<ProcedureVersion> procedure = procedure(form.procedureCode());
        Validation v = new Validation();
        Applicant applicant = applicant(form, v);
        applicant.validate(v, "applicant.", zone.dateOf(clock.instant()));
        v.check(procedure.isPresent(), "procedureCode", "dossier.page.reception.pickFirst");
        v.check(form.decision() != null, "decision", "problem.field.required");
        boolean noNote = form.note() == null || form.note().isBlank();
        v.check(!(form.decision() == IntakeCommand.Decision.SUPPLEMENT && noNote), "note",
                "dossier.page.reception.supplementNote");
        v.check(!(form.decision() == IntakeCommand.Decision.REFUSE && noNote), "note",
                "dossier.page.reception.refuseNote");
        if (form.decision() == IntakeCommand.Decision.RECEIVE && procedure.isPresent()) {
            List<DocumentRequirement> required = procedure.get().content().documents();
            for (int i = 0; i < required.size(); i++) {
                v.check(!Boolean.TRUE.equals(required.get(i).required()) || form.ticked(i), "documents",
                        "dossier.document.missing", required.get(i).name());
            }
        }
        if (v.hasProblems()) {
            return form(model, form, problems.fields(ProblemException.invalid(v.problems())));
        }
        try {
            String code = intake.receiveAtDesk(actor, command(form, applicant, procedure.get())).code();
            return "redirect:/staff/reception/receipt/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        } catch (ProblemException e) {
            if (problems.hasFields(e)) {
                return form(model, form, problems.fields(e));
            }
            model.addAttribute("problem", problems.message(e));
            return form(model, form, Map.of());
        }
    }

    /** After the decision: the receipt (or the supplement request, or the refusal) to print and hand over. */
    @GetMapping("/receipt/{code}")
    String receipt(Actor actor, @PathVariable String code, Model model) {
        Dossier d = reads.visible(actor, code);
        List<HistoryEntry> history = reads.history(d);
        model.addAttribute("d", d);
        model.addAttribute("documents", reads.documents(d));
        model.addAttribute("decisionNote", history.isEmpty() ? null : history.get(history.size() - 1).note());
        model.addAttribute("appointment", d.timeline().appointmentAt() != null ? d.timeline().appointmentAt() : d.timeline().dueAt());
        return "dossier/receipt";
    }

    private String form(Model model, ReceptionForm form, Map<String, String> errors) {
        Optional<ProcedureVersion> procedure = procedure(form.procedureCode());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", List.of(Channel.DIRECT, Channel.POSTAL));
        model.addAttribute("procedure", procedure.map(ProcedureVersion::content).orElse(null));
        model.addAttribute("version", procedure.map(ProcedureVersion::version).orElse(null));
        model.addAttribute("agencies", procedure.isPresent() && procedure.get().content().agency() == null
                ? agencies.all().stream().filter(a -> a.active()).toList() : List.of());
        if (!model.containsAttribute("matches")) {
            model.addAttribute("matches", List.of());
        }
        return "dossier/reception";
    }

    private List<?> matches(String q) {
        return search.search(new ProcedureQuery(q, null, null, null, null, true), PageRequest.of(0, 10)).items();
    }

    private Optional<ProcedureVersion> procedure(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return catalog.current(code.strip()).filter(p -> catalog.isActive(p.code()));
    }

    private Applicant applicant(ReceptionForm form, Validation v) {
        LocalDate birthDate = null;
        if (form.birthDate() != null && !form.birthDate().isBlank()) {
            try {
                birthDate = LocalDate.parse(form.birthDate().strip(), BIRTH_DATE);
                birthDate = v.dateInRange("applicant.birthDate", birthDate) ? birthDate : null;
            } catch (DateTimeParseException e) {
                v.add("applicant.birthDate", "dossier.page.reception.birthDateFormat");
            }
        }
        return new Applicant(form.kind(), form.name(), form.idNumber(), birthDate, form.phone(), form.email(),
                form.address(), form.unitCode());
    }

    /** Ticked requirements are recorded by name as paper copies until documents can be scanned and uploaded. */
    private IntakeCommand command(ReceptionForm form, Applicant applicant, ProcedureVersion procedure) {
        String paper = messages.get("dossier.page.paperCopy", Messages.VI, new Object[0]);
        List<DocumentRequirement> listed = procedure.content().documents();
        List<IntakeCommand.SubmittedDocument> documents = form.documents() == null ? List.of()
                : form.documents().stream().filter(i -> i != null && i >= 0 && i < listed.size()).distinct()
                        .map(i -> new IntakeCommand.SubmittedDocument(listed.get(i).name(), null, paper)).toList();
        String agency = form.agencyCode() == null || form.agencyCode().isBlank() ? null : form.agencyCode();
        return new IntakeCommand(form.procedureCode().strip(), agency, form.channel(), form.delivery(), applicant,
                null, null, documents, form.decision(), form.note(), form.requestId());
    }

    private static void requireReception(Actor actor) {
        if (actor == null || !actor.hasRole(Role.RECEPTION)) {
            throw ProblemException.forbidden("dossier.forbidden.role");
        }
    }
}
