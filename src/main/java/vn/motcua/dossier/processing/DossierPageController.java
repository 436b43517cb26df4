package vn.motcua.dossier.processing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.processing.DossierReads;
import vn.motcua.dossier.processing.Transitions;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.OfficerRef;
import vn.motcua.organization.Officers;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * The dossier page: who, what procedure, which step and whose turn, time left for the step and the
 * dossier, documents, the timeline, and a form for each action this officer may take now. Every form
 * carries the version the officer saw (a stale page is told so) and a request id (a double click
 * acts once).
 */
@Controller
class DossierPageController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    /** What an action form posts; all text, parsed here so that a typo becomes a message on the field. */
    record ActionForm(Integer version, String requestId, String note, String assigneeId, String result,
            String appointmentDate, String appointmentTime) {
    }

    private final DossierReads reads;
    private final Transitions transitions;
    private final Catalog catalog;
    private final Agencies agencies;
    private final Officers officers;
    private final ActionChoices choices;
    private final PageProblems problems;
    private final BusinessZone zone;

    DossierPageController(DossierReads reads, Transitions transitions, Catalog catalog, Agencies agencies,
            Officers officers, ActionChoices choices, PageProblems problems, BusinessZone zone) {
        this.reads = reads;
        this.transitions = transitions;
        this.catalog = catalog;
        this.agencies = agencies;
        this.officers = officers;
        this.choices = choices;
        this.problems = problems;
        this.zone = zone;
    }

    @GetMapping("/staff/dossiers/{code}")
    String show(Actor actor, @PathVariable String code, Model model) {
        return page(actor, reads.visible(actor, code), model);
    }

    @PostMapping("/staff/dossiers/{code}/actions/{action}")
    String act(Actor actor, @PathVariable String code, @PathVariable String action, ActionForm form, Model model,
            RedirectAttributes redirect) {
        Dossier seen = reads.visible(actor, code);
        DossierAction chosen = parse(action);
        try {
            if (ActionChoices.noteRequired(chosen, form.result()) && (form.note() == null || form.note().isBlank())) {
                throw ProblemException.invalid("note", "dossier.page.noteMissing",
                        problems.get("dossier.page.note." + chosen.name()));
            }
            transitions.apply(code, chosen, actor, input(form));
            redirect.addFlashAttribute("done", problems.get("dossier.page.done",
                    problems.get("dossier.action." + chosen.name())));
        } catch (ProblemException e) {
            if (problems.hasFields(e)) {
                model.addAttribute("errors", problems.fields(e));
                model.addAttribute("failedAction", chosen);
                model.addAttribute("failedSlug", ActionChoices.slug(chosen));
                model.addAttribute("form", form);
                return page(actor, seen, model);
            }
            redirect.addFlashAttribute("problem", problems.message(e));
        }
        return "redirect:/staff/dossiers/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }

    private String page(Actor actor, Dossier d, Model model) {
        ProcedureDefinition procedure = catalog.version(d.procedure().code(), d.procedure().version()).map(v -> v.content())
                .orElse(null);
        String resolvingCode = agencies.byId(d.placement().resolvingAgencyId()).map(AgencyRef::code).orElse(null);
        List<ProcessStep> steps = procedure == null ? List.of() : procedure.processAt(resolvingCode);
        model.addAttribute("d", d);
        model.addAttribute("stepName", d.step().index() != null && d.step().index() < steps.size()
                ? steps.get(d.step().index()).name() : null);
        model.addAttribute("assignee", d.step().assigneeId() == null ? null
                : officers.byId(d.step().assigneeId()).map(OfficerRef::fullName).orElse("#" + d.step().assigneeId()));
        model.addAttribute("documents", reads.documents(d));
        model.addAttribute("history", reads.history(d));
        model.addAttribute("choices", procedure == null ? List.of() : choices.choices(actor, d));
        model.addAttribute("requestId", UUID.randomUUID().toString());
        model.addAttribute("me", actor.officerId());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "dossier/dossier";
    }

    private ActionInput input(ActionForm form) {
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        Long assignee = null;
        if (form.assigneeId() != null && !form.assigneeId().isBlank()) {
            try {
                assignee = Long.valueOf(form.assigneeId().strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("assigneeId", "problem.field.format");
            }
        }
        String requestId = form.requestId() == null || form.requestId().isBlank() ? null : form.requestId();
        return new ActionInput(requestId, form.version(), note, assignee, blankToNull(form.result()),
                appointment(form), null);
    }

    private Instant appointment(ActionForm form) {
        if (form.appointmentDate() == null || form.appointmentDate().isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(form.appointmentDate().strip(), DATE);
            Validation.requireDateInRange("newAppointment", date);
            String time = form.appointmentTime() == null || form.appointmentTime().isBlank() ? "17:00"
                    : form.appointmentTime().strip();
            return date.atTime(LocalTime.parse(time, TIME)).atZone(zone.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("newAppointment", "dossier.page.dateTimeFormat");
        }
    }

    private static DossierAction parse(String action) {
        try {
            return DossierAction.valueOf(action.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("dossier.action.unknown", action);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
