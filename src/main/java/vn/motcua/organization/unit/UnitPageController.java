package vn.motcua.organization.unit;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Problems;

/**
 * The administrators' page of administrative units: the searchable list, and the import of an
 * official file. The import runs within the upload request (a few seconds), so no job state lives
 * on one node; the page shows the upload's progress, then that the import is running.
 */
@Controller
@RequestMapping(UnitPageController.PATH)
class UnitPageController {

    static final String PATH = "/staff/admin-units";
    private static final String VIEW = "organization/admin-units";
    private static final int PAGE_SIZE = 50;

    private final UnitQueries queries;
    private final UnitStore store;
    private final UnitImporter importer;
    private final Messages messages;
    private final Problems problems;

    UnitPageController(UnitQueries queries, UnitStore store, UnitImporter importer, Messages messages,
            Problems problems) {
        this.queries = queries;
        this.store = store;
        this.importer = importer;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String edition,
            @RequestParam(required = false) AdministrativeLevel level, @RequestParam(required = false) String parent,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        requireAdmin(actor);
        addList(model, actor, new UnitQueries.Filter(edition, level, parent, q), page);
        return VIEW;
    }

    @PostMapping("/import")
    String importFile(Actor actor, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
        UnitApiController.requireImporter(actor);
        model.addAttribute("levels", AdministrativeLevel.values());
        try {
            if (file == null || file.isEmpty()) {
                throw ProblemException.invalid("file", "unit.import.noFile");
            }
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("report", importer.importFile(in, file.getOriginalFilename()));
            }
        } catch (ProblemException e) {
            model.addAttribute("importError", messages.get(e.messageKey(), e.args()));
            model.addAttribute("importErrors", problems.fieldMessages(e));
        }
        if (htmx != null) {
            return VIEW + " :: importResult";
        }
        addList(model, actor, new UnitQueries.Filter(null, null, null, null), 0);
        return VIEW;
    }

    private void addList(Model model, Actor actor, UnitQueries.Filter filter, Integer page) {
        model.addAttribute("filter", filter);
        model.addAttribute("units", queries.search(filter, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("editions", store.editions());
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("canImport", actor.scopeOf(Role.ADMIN).wholeProvince());
    }


    private static void requireAdmin(Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("unit.forbidden");
        }
    }
}
