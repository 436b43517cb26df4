package vn.motcua.workspace;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.organization.Agencies;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;

/**
 * The officer's landing page: officers who work on dossiers land on their worklist (UX.md); the
 * others (administrators, monitors) on the shortcuts page.
 */
@Controller
class StaffHomeController {

    private final StaffMenu menu;
    private final Agencies agencies;

    StaffHomeController(StaffMenu menu, Agencies agencies) {
        this.menu = menu;
        this.agencies = agencies;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/staff";
    }

    private static final Set<Role> DOSSIER_ROLES = EnumSet.of(Role.RECEPTION, Role.SPECIALIST,
            Role.LEADER, Role.CLERK);

    @GetMapping("/staff")
    String home(Actor actor, Model model) {
        if (actor != null && DOSSIER_ROLES.stream().anyMatch(actor::hasRole)) {
            return "redirect:/staff/worklist";
        }
        model.addAttribute("shortcuts", menu.itemsFor(actor));
        model.addAttribute("agencies", agencies.all());
        return "workspace/home";
    }
}
