package vn.motcua.dossier.importing;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.StaffMenuItem;

/**
 * The administrators' page to import dossiers of an earlier system: upload an .ndjson file, follow
 * the progress bar, read the result with every refused line.
 */
@Controller
@RequestMapping(DossierImportPageController.PATH)
class DossierImportPageController {

    static final String PATH = "/staff/dossier-import";
    private static final String VIEW = "dossier/import";

    private final DossierImportJobs jobs;

    DossierImportPageController(DossierImportJobs jobs) {
        this.jobs = jobs;
    }

    @Bean
    static StaffMenuItem dossierImportMenu() {
        return StaffMenuItem.provinceWide(PATH, "dossier.import.menu", 60, Role.ADMIN);
    }

    @GetMapping
    String page(Actor actor) {
        DossierImportApiController.requireImporter(actor);
        return VIEW;
    }

    @PostMapping
    String start(Actor actor, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        DossierImportApiController.requireImporter(actor);
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "dossier.import.noFile");
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        model.addAttribute("job", jobs.get(jobs.start(actor, file.getBytes(), name)).orElseThrow());
        return VIEW + " :: progress";
    }

    @GetMapping("/{id}")
    String progress(Actor actor, @PathVariable String id, Model model) {
        DossierImportApiController.requireImporter(actor);
        model.addAttribute("job", jobs.get(id).orElseThrow(() -> ProblemException.notFound("problem.notFound")));
        return VIEW + " :: progress";
    }
}
