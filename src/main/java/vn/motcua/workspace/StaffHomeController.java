package vn.motcua.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.organization.Agencies;
import vn.motcua.platform.security.Actor;

/** The officer's landing page. */
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

    @GetMapping("/staff")
    String home(Actor actor, Model model) {
        model.addAttribute("shortcuts", menu.itemsFor(actor));
        model.addAttribute("agencies", agencies.all());
        return "workspace/home";
    }
}
