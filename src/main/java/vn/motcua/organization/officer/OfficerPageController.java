package vn.motcua.organization.officer;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.organization.Agencies;
import vn.motcua.organization.RoleAssignment;
import vn.motcua.organization.access.AdminGuard;
import vn.motcua.organization.access.PageForms;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PageRequest;

/**
 * Staff pages for officers. The form grants the ticked roles at one place ({@code roleScope}: the
 * officer's own agency, the whole province, or a chosen agency), which covers the usual cases; roles
 * at several agencies are set through the API.
 */
@Controller
@RequestMapping("/staff/officers")
class OfficerPageController {

    static final String SAME_AGENCY = "same";
    static final String PROVINCE = "province";

    private final OfficerService officers;
    private final OfficerOptions options;
    private final Agencies agencies;
    private final AdminGuard guard;
    private final PageForms forms;

    OfficerPageController(OfficerService officers, OfficerOptions options, Agencies agencies, AdminGuard guard,
            PageForms forms) {
        this.officers = officers;
        this.options = options;
        this.agencies = agencies;
        this.guard = guard;
        this.forms = forms;
    }

    record OfficerForm(String fullName, String position, String email, String phone, String agencyId, String deskId,
            List<Long> counterIds, List<Role> roles, String roleScope, String username, String password,
            Integer version) {

        OfficerCommand command() {
            Long agency = PageForms.parseId(agencyId, "agencyId");
            Long scope = SAME_AGENCY.equals(roleScope) || roleScope == null ? agency
                    : PROVINCE.equals(roleScope) ? null : PageForms.parseId(roleScope, "roleScope");
            List<RoleAssignment> assignments = roles == null ? List.of()
                    : roles.stream().map(r -> new RoleAssignment(r, scope)).toList();
            return new OfficerCommand(fullName, position, email, phone, agency, PageForms.parseId(deskId, "deskId"),
                    counterIds, assignments, username, password, version);
        }

        static OfficerForm of(OfficerView o) {
            Long scope = o.roles().isEmpty() ? o.agencyId() : o.roles().get(0).agencyId();
            String roleScope = scope == null ? PROVINCE : scope == o.agencyId() ? SAME_AGENCY : scope.toString();
            return new OfficerForm(o.fullName(), o.position(), o.email(), o.phone(), String.valueOf(o.agencyId()),
                    o.deskId() == null ? "" : o.deskId().toString(), o.counterIds(),
                    o.roles().stream().map(RoleAssignment::role).distinct().toList(), roleScope, o.username(), null,
                    o.version());
        }
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("result", officers.search(actor, new OfficerFilter(q, null, null, null, null),
                PageRequest.of(page, 20)));
        model.addAttribute("q", q);
        return "organization/officer/list";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        guard.requireSomeAdmin(actor);
        return form(model, new OfficerForm("", "", "", "", "", "", List.of(), List.of(), SAME_AGENCY, "", "", null),
                null);
    }

    @PostMapping
    String create(Actor actor, OfficerForm form, Model model, RedirectAttributes redirect) {
        if (forms.trySave(model, () -> officers.create(actor, form.command()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/officers";
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        guard.requireSomeAdmin(actor);
        return form(model, OfficerForm.of(officers.get(actor, id)), id);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long id, OfficerForm form, Model model, RedirectAttributes redirect) {
        if (forms.trySave(model, () -> officers.update(actor, id, form.command()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/officers";
        }
        return form(model, form, id);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(Actor actor, @PathVariable long id) {
        officers.setActive(actor, id, false);
        return "redirect:/staff/officers";
    }

    @PostMapping("/{id}/activate")
    String activate(Actor actor, @PathVariable long id) {
        officers.setActive(actor, id, true);
        return "redirect:/staff/officers";
    }

    private String form(Model model, OfficerForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("desks", options.desks());
        model.addAttribute("counters", options.counters());
        model.addAttribute("allRoles", Role.staff());
        return "organization/officer/form";
    }
}
