package vn.motcua.catalog.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.importing.CatalogExporter;
import vn.motcua.catalog.importing.ImportJobs;
import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.catalog.procedure.ProcessTemplate;
import vn.motcua.catalog.search.ProcedureQuery;
import vn.motcua.catalog.search.ProcedureSearch;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/** The administrator's catalog pages: list, edit, publish, deactivate, history, import and export. */
@Controller
@RequestMapping("/staff/procedures")
class ProcedureAdminController {

    private final ProcedureSearch search;
    private final Catalog catalog;
    private final ProcedurePublisher publisher;
    private final ImportJobs jobs;
    private final CatalogExporter exporter;
    private final Agencies agencies;
    private final Messages messages;
    private final BusinessZone zone;
    private final CatalogPermissions permissions;

    ProcedureAdminController(ProcedureSearch search, Catalog catalog, ProcedurePublisher publisher, ImportJobs jobs,
            CatalogExporter exporter, Agencies agencies, Messages messages, BusinessZone zone,
            CatalogPermissions permissions) {
        this.permissions = permissions;
        this.zone = zone;
        this.search = search;
        this.catalog = catalog;
        this.publisher = publisher;
        this.jobs = jobs;
        this.exporter = exporter;
        this.agencies = agencies;
        this.messages = messages;
    }

    @ModelAttribute
    void admin(Actor actor) {
        CatalogPermissions.requireAdmin(actor);
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) AdministrativeLevel level,
            @RequestParam(required = false) OnlineLevel onlineLevel, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("page", search.search(new ProcedureQuery(q, field, level, null, onlineLevel, false),
                PageRequest.of(page, 50)));
        model.addAttribute("fields", catalog.fields());
        return "catalog/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        ProcedureForm form = new ProcedureForm();
        form.applicants.add("CITIZEN");
        form.steps = ProcedureForm.of(withTemplate()).steps;
        return edit(form, Map.of(), true, model);
    }

    @GetMapping("/{code}/edit")
    String editExisting(@PathVariable String code, Model model) {
        return edit(ProcedureForm.of(current(code).content()), Map.of(), false, model);
    }

    @PostMapping("/save")
    String save(Actor actor, @ModelAttribute("form") ProcedureForm form,
            @RequestParam(defaultValue = "false") boolean creating, Model model, RedirectAttributes redirect) {
        if (!creating && form.code != null) {
            catalog.current(form.code).ifPresent(v -> form.overrides = v.content().processOverrides());
        }
        Validation v = new Validation();
        ProcedureDefinition definition = ProcedurePublisher.withDefaults(form.toDefinition(v));
        // Values that could not be read and rule violations are shown together, one message per field.
        Set<String> unreadable = new HashSet<>(v.problems().stream().map(FieldProblem::field).toList());
        publisher.validator(Set.of()).validate(definition).problems().stream()
                .filter(p -> !unreadable.contains(p.field())).forEach(p -> v.add(p.field(), p.messageKey(), p.args()));
        if (creating && definition.code() != null && catalog.current(definition.code()).isPresent()) {
            v.add("code", "problem.field.unique");
        }
        permissions.requireCanEdit(actor, definition);
        try {
            v.throwIfInvalid();
            ProcedurePublisher.Outcome outcome = publisher.save(definition);
            redirect.addFlashAttribute("saved", outcome);
            return "redirect:/staff/procedures/" + outcome.code();
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.fieldProblems()) {
                errors.putIfAbsent(p.field(), messages.get(p.messageKey(), p.args()));
            }
            return edit(form, errors, creating, model);
        }
    }

    /** htmx: the running total of the steps' shares against the time limit. */
    @PostMapping("/shares")
    String shares(@ModelAttribute("form") ProcedureForm form, Model model) {
        Validation ignored = new Validation();
        ProcedureDefinition p = form.toDefinition(ignored);
        BigDecimal total = p.process().stream().filter(s -> s.share() != null && s.share().unit() != null)
                .map(s -> s.share().inHours()).reduce(BigDecimal.ZERO, BigDecimal::add);
        model.addAttribute("total", total.stripTrailingZeros().toPlainString());
        model.addAttribute("limit", p.timeLimit().inHours().stripTrailingZeros().toPlainString());
        model.addAttribute("over", total.compareTo(p.timeLimit().inHours()) > 0);
        return "catalog/edit :: shares";
    }

    /** htmx: a blank row to append (document, fee or step), or nothing (a removed row). */
    @GetMapping("/rows/{kind}")
    String row(@PathVariable String kind, @RequestParam(defaultValue = "0") int index, Model model) {
        model.addAttribute("i", index);
        model.addAttribute("roles", List.of("RECEPTION", "SPECIALIST", "LEADER", "CLERK"));
        return switch (kind) {
            case "document" -> {
                model.addAttribute("d", new ProcedureForm.DocumentRow());
                yield "catalog/rows :: document";
            }
            case "fee" -> {
                model.addAttribute("x", new ProcedureForm.FeeRow());
                yield "catalog/rows :: fee";
            }
            case "step" -> {
                ProcedureForm.StepRow s = new ProcedureForm.StepRow();
                s.order = String.valueOf(index + 1);
                model.addAttribute("s", s);
                yield "catalog/rows :: step";
            }
            default -> "catalog/edit :: empty";
        };
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        return show(current(code), model);
    }

    @GetMapping("/{code}/versions/{version}")
    String version(@PathVariable String code, @PathVariable int version, Model model) {
        return show(catalog.version(code, version)
                .orElseThrow(() -> ProblemException.notFound("catalog.version.notFound", code, version)), model);
    }

    @PostMapping("/{code}/activation")
    String activation(Actor actor, @PathVariable String code, @RequestParam boolean active) {
        permissions.requireCanEdit(actor, code);
        publisher.setActive(code, active);
        return "redirect:/staff/procedures/" + code;
    }

    @GetMapping("/import")
    String importPage(Actor actor) {
        CatalogPermissions.requireProvinceAdmin(actor);
        return "catalog/import";
    }

    @PostMapping("/import")
    String startImport(Actor actor, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model) throws IOException {
        CatalogPermissions.requireProvinceAdmin(actor);
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "catalog.import.noFile");
        }
        model.addAttribute("job", jobs.get(jobs.start(file.getBytes())).orElseThrow());
        return "catalog/import :: progress";
    }

    @GetMapping("/import/{id}")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("job", jobs.get(id).orElseThrow(() -> ProblemException.notFound("problem.notFound")));
        return "catalog/import :: progress";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Actor actor, @RequestParam(defaultValue = "xlsx") String format) {
        CatalogPermissions.requireProvinceAdmin(actor);
        return CatalogAdminApiController.exportResponse(exporter,
                "json".equals(format) ? CatalogExporter.Format.JSON : CatalogExporter.Format.XLSX);
    }

    private String edit(ProcedureForm form, Map<String, String> errors, boolean creating, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("creating", creating);
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("roles", List.of("RECEPTION", "SPECIALIST", "LEADER", "CLERK"));
        return "catalog/edit";
    }

    private String show(ProcedureVersion version, Model model) {
        model.addAttribute("v", version);
        model.addAttribute("zone", zone);
        model.addAttribute("agencyNames", agencies.all().stream()
                .collect(Collectors.toMap(a -> a.code(), a -> a.name())));
        model.addAttribute("p", version.content());
        model.addAttribute("history", catalog.history(version.code()));
        model.addAttribute("active", catalog.isActive(version.code()));
        model.addAttribute("shareTotal", version.content().process().stream().map(s -> s.share().inHours())
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString());
        model.addAttribute("limitHours", version.content().timeLimit().inHours().stripTrailingZeros().toPlainString());
        return "catalog/detail";
    }

    private ProcedureVersion current(String code) {
        return catalog.current(code).orElseThrow(() -> ProblemException.notFound("catalog.procedure.notFound", code));
    }

    private static ProcedureDefinition withTemplate() {
        TimeLimit limit = TimeLimit.days("5");
        return new ProcedureDefinition(null, null, null, null, null, null, limit, null, null, null, null, null, null,
                false, null, null, ProcessTemplate.standard(limit), null, true);
    }
}
