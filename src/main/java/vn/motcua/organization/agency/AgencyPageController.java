package vn.motcua.organization.agency;

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
import vn.motcua.organization.AgencyType;
import vn.motcua.organization.access.AdminGuard;
import vn.motcua.organization.access.PageForms;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;

/** Staff pages to list, create, edit and deactivate agencies. */
@Controller
@RequestMapping("/staff/agencies")
class AgencyPageController {

    private final AgencyService agencies;
    private final Agencies all;
    private final AdminGuard guard;
    private final PageForms forms;

    AgencyPageController(AgencyService agencies, Agencies all, AdminGuard guard, PageForms forms) {
        this.agencies = agencies;
        this.all = all;
        this.guard = guard;
        this.forms = forms;
    }

    /** The form's fields, as typed (numbers are parsed when saving so a typo is a field error, not a crash). */
    record AgencyForm(String code, String name, AgencyType type, AdministrativeLevel level, String administrativeUnitId,
            String parentId, Integer version) {

        AgencyCommand command() {
            return new AgencyCommand(code, name, type, level, PageForms.parseId(administrativeUnitId, "administrativeUnitId"),
                    PageForms.parseId(parentId, "parentId"), version);
        }

        static AgencyForm of(AgencyView a) {
            return new AgencyForm(a.code(), a.name(), a.type(), a.level(),
                    a.administrativeUnitId() == null ? "" : a.administrativeUnitId().toString(),
                    a.parentId() == null ? "" : a.parentId().toString(), a.version());
        }
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("result", agencies.search(actor, new AgencyFilter(q, null, null, null, null),
                PageRequest.of(page, 20)));
        model.addAttribute("q", q);
        return "organization/agency/list";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        guard.requireSomeAdmin(actor);
        return form(model, new AgencyForm("", "", AgencyType.DEPARTMENT, AdministrativeLevel.PROVINCE, "", "", null),
                null);
    }

    @PostMapping
    String create(Actor actor, AgencyForm form, Model model, RedirectAttributes redirect) {
        if (forms.trySave(model, () -> agencies.create(actor, form.command()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/agencies";
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        guard.requireSomeAdmin(actor);
        return form(model, AgencyForm.of(agencies.get(actor, id)), id);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long id, AgencyForm form, Model model, RedirectAttributes redirect) {
        if (forms.trySave(model, () -> agencies.update(actor, id, form.command()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/agencies";
        }
        return form(model, form, id);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(Actor actor, @PathVariable long id) {
        agencies.setActive(actor, id, false);
        return "redirect:/staff/agencies";
    }

    @PostMapping("/{id}/activate")
    String activate(Actor actor, @PathVariable long id) {
        agencies.setActive(actor, id, true);
        return "redirect:/staff/agencies";
    }

    private String form(Model model, AgencyForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("types", AgencyType.values());
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("parents", all.all());
        return "organization/agency/form";
    }
}
