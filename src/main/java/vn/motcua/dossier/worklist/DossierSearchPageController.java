package vn.motcua.dossier.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.worklist.WorklistItem;
import vn.motcua.dossier.worklist.WorklistQueries;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.platform.web.Validation;
import vn.motcua.dossier.processing.PageLinks;
import vn.motcua.dossier.processing.PageProblems;

/** The staff search over the dossiers within reach: every filter stays in the URL, so a list can be shared. */
@Controller
class DossierSearchPageController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final WorklistQueries queries;
    private final PageProblems problems;
    private final BusinessZone zone;

    DossierSearchPageController(WorklistQueries queries, PageProblems problems, BusinessZone zone) {
        this.queries = queries;
        this.problems = problems;
        this.zone = zone;
    }

    @GetMapping(WorklistPagesConfig.SEARCH)
    String search(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) DossierStatus status, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant fromInstant = day(from, "from", errors, 0);
        Instant toInstant = day(to, "to", errors, 1);
        String procedureCode = procedure == null || procedure.isBlank() ? null : procedure.strip();
        PageResult<WorklistItem> result = queries.search(actor, q, status, procedureCode, fromInstant, toInstant,
                PageRequest.of(page, WorklistPageController.PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("links", PageLinks.of(request, result));
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("procedure", procedureCode);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "dossier/search";
    }

    /** The start of a local day ({@code plusDays} 1: of the next day, for an inclusive "to"). */
    private Instant day(String value, String field, Map<String, String> errors, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip(), DATE);
            if (!Validation.supports(date.getYear())) {
                errors.put(field, problems.get("problem.field.dateRange", String.valueOf(Validation.FIRST_YEAR),
                        String.valueOf(Validation.LAST_YEAR)));
                return null;
            }
            return date.plusDays(plusDays).atStartOfDay(zone.zone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, problems.get("dossier.page.search.dateFormat"));
            return null;
        }
    }
}
