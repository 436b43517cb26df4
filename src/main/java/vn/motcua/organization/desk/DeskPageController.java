package vn.motcua.organization.desk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.access.AdminGuard;
import vn.motcua.organization.access.PageForms;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;

/** Staff pages for one-stop desks and, on a desk's page, its counters. */
@Controller
@RequestMapping("/staff/desks")
class DeskPageController {

    private final DeskService desks;
    private final CounterService counters;
    private final Agencies agencies;
    private final AdminGuard guard;
    private final PageForms forms;

    DeskPageController(DeskService desks, CounterService counters, Agencies agencies, AdminGuard guard,
            PageForms forms) {
        this.desks = desks;
        this.counters = counters;
        this.agencies = agencies;
        this.guard = guard;
        this.forms = forms;
    }

    /** The form's fields as typed; the agency is a select, so a non-number there is a field error too. */
    record DeskForm(String code, String name, AdministrativeLevel level, Boolean serviceCenter, String agencyId,
            String address, String phone, List<Long> agencyIds, Integer version) {

        DeskCommand command() {
            return new DeskCommand(code, name, level, serviceCenter, PageForms.parseId(agencyId, "agencyId"), null,
                    address, phone, agencyIds, version);
        }

        static DeskForm of(DeskView d) {
            return new DeskForm(d.code(), d.name(), d.level(), d.serviceCenter(), String.valueOf(d.agencyId()),
                    d.address(), d.phone(), d.agencyIds(), d.version());
        }
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("result", desks.search(actor, q, null, null, PageRequest.of(page, 20)));
        model.addAttribute("q", q);
        return "organization/desk/list";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        guard.requireSomeAdmin(actor);
        return form(actor, model,
                new DeskForm("", "", AdministrativeLevel.COMMUNE, false, "", "", "", List.of(), null), null);
    }

    @PostMapping
    String create(Actor actor, DeskForm form, Model model, RedirectAttributes redirect) {
        DeskView[] created = new DeskView[1];
        if (forms.trySave(model, () -> created[0] = desks.create(actor, form.command()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/desks/" + created[0].id() + "/edit";
        }
        return form(actor, model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        guard.requireSomeAdmin(actor);
        return form(actor, model, DeskForm.of(desks.get(actor, id)), id);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long id, DeskForm form, Model model, RedirectAttributes redirect) {
        if (forms.trySave(model, () -> desks.update(actor, id, form.command()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/desks";
        }
        return form(actor, model, form, id);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(Actor actor, @PathVariable long id) {
        desks.setActive(actor, id, false);
        return "redirect:/staff/desks";
    }

    @PostMapping("/{id}/activate")
    String activate(Actor actor, @PathVariable long id) {
        desks.setActive(actor, id, true);
        return "redirect:/staff/desks";
    }

    @PostMapping("/{id}/counters")
    String addCounter(Actor actor, @PathVariable long id, @RequestParam(required = false) String counterCode,
            @RequestParam(required = false) String counterName, Model model, RedirectAttributes redirect) {
        Model counterModel = new org.springframework.ui.ExtendedModelMap();
        if (forms.trySave(counterModel, () -> counters.create(actor, id, new CounterCommand(counterCode, counterName,
                null)))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/desks/" + id + "/edit";
        }
        return counterForm(actor, id, counterModel, model, "counter", counterCode, counterName);
    }

    @PostMapping("/counters/{counterId}")
    String renameCounter(Actor actor, @PathVariable long counterId, @RequestParam(required = false) String counterCode,
            @RequestParam(required = false) String counterName, @RequestParam(required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        long deskId = counters.get(actor, counterId).deskId();
        Model counterModel = new org.springframework.ui.ExtendedModelMap();
        if (forms.trySave(counterModel, () -> counters.update(actor, counterId,
                new CounterCommand(counterCode, counterName, version)))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/desks/" + deskId + "/edit";
        }
        model.addAttribute("editedCounter", counterId);
        return counterForm(actor, deskId, counterModel, model, "counter" + counterId, null, null);
    }

    @PostMapping("/counters/{counterId}/{op:activate|deactivate}")
    String toggleCounter(Actor actor, @PathVariable long counterId, @PathVariable String op) {
        CounterView counter = counters.setActive(actor, counterId, "activate".equals(op));
        return "redirect:/staff/desks/" + counter.deskId() + "/edit";
    }

    /** The desk page again, with a counter's errors renamed so the summary's links lead to the counter fields. */
    private String counterForm(Actor actor, long deskId, Model counterModel, Model model, String prefix, String code,
            String name) {
        Map<String, String> errors = new LinkedHashMap<>();
        ((Map<?, ?>) counterModel.getAttribute("errors")).forEach((field, message) -> errors.put(
                prefix + Character.toUpperCase(field.toString().charAt(0)) + field.toString().substring(1),
                String.valueOf(message)));
        model.addAttribute("counterErrors", errors);
        model.addAttribute("counterCode", code);
        model.addAttribute("counterName", name);
        return form(actor, model, DeskForm.of(desks.get(actor, deskId)), deskId);
    }

    private String form(Actor actor, Model model, DeskForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("counters", id == null ? List.of() : counters.ofDesk(actor, id));
        return "organization/desk/form";
    }
}
