package vn.motcua.dossier.worklist;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.motcua.dossier.processing.DossierReads;
import vn.motcua.dossier.processing.PageLinks;
import vn.motcua.dossier.processing.PageProblems;
import vn.motcua.dossier.worklist.WorklistItem;
import vn.motcua.dossier.worklist.WorklistQueries;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.platform.web.ProblemException;

/**
 * The officer's worklist: tabs with counts, ordered by the step's due instant, with the time left in
 * words; and the field that opens a dossier from a typed or scanned code.
 */
@Controller
class WorklistPageController {

    static final int PAGE_SIZE = 20;

    private final WorklistQueries queries;
    private final DossierReads reads;
    private final PageProblems problems;

    WorklistPageController(WorklistQueries queries, DossierReads reads, PageProblems problems) {
        this.queries = queries;
        this.reads = reads;
        this.problems = problems;
    }

    @GetMapping(WorklistPagesConfig.WORKLIST)
    String worklist(Actor actor, @RequestParam(required = false) WorklistQueries.Tab tab,
            @RequestParam(required = false) String procedure, @RequestParam(required = false) Integer page,
            HttpServletRequest request, Model model) {
        Map<WorklistQueries.Tab, Long> counts = queries.counts(actor);
        WorklistQueries.Tab shown = tab != null ? tab : firstNonEmpty(counts);
        String procedureCode = procedure == null || procedure.isBlank() ? null : procedure.strip();
        PageResult<WorklistItem> result = queries.worklist(actor, shown, procedureCode, PageRequest.of(page, PAGE_SIZE));
        Map<String, Long> byName = new HashMap<>();
        counts.forEach((t, n) -> byName.put(t.name(), n));
        model.addAttribute("counts", byName);
        model.addAttribute("tabs", WorklistQueries.Tab.values());
        model.addAttribute("tab", shown);
        model.addAttribute("procedure", procedureCode);
        model.addAttribute("result", result);
        model.addAttribute("links", PageLinks.of(request, result));
        return "dossier/worklist";
    }

    /** Opens a dossier by its code (typed, or scanned from the receipt's QR or barcode). */
    @GetMapping("/staff/dossiers/open")
    String open(Actor actor, @RequestParam(required = false) String code, RedirectAttributes redirect) {
        String wanted = code == null ? "" : code.strip();
        if (wanted.isEmpty()) {
            redirect.addFlashAttribute("notice", problems.get("dossier.page.openEmpty"));
            return "redirect:" + WorklistPagesConfig.WORKLIST;
        }
        try {
            reads.visible(actor, wanted);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("notice", problems.get("dossier.notFound", wanted));
            return "redirect:" + WorklistPagesConfig.WORKLIST;
        }
        return "redirect:/staff/dossiers/" + UriUtils.encodePathSegment(wanted, StandardCharsets.UTF_8);
    }

    private static WorklistQueries.Tab firstNonEmpty(Map<WorklistQueries.Tab, Long> counts) {
        for (WorklistQueries.Tab t : WorklistQueries.Tab.values()) {
            if (t != WorklistQueries.Tab.OVERDUE && counts.getOrDefault(t, 0L) > 0) {
                return t;
            }
        }
        return WorklistQueries.Tab.PROCESS;
    }
}
