package vn.motcua.platform.outbox;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.StaffMenuItem;

/**
 * The operators' page of the outbox ({@code /staff/outbox}, province-wide administrators): the
 * deliveries not done yet with their errors, the backlog and the oldest age, and a resend.
 */
@Controller
@RequestMapping(OutboxPageController.PATH)
class OutboxPageController {

    static final String PATH = "/staff/outbox";

    private final OutboxAdmin admin;

    OutboxPageController(OutboxAdmin admin) {
        this.admin = admin;
    }

    @Bean
    static StaffMenuItem outboxMenu() {
        return StaffMenuItem.provinceWide(PATH, "outbox.menu", 95, Role.ADMIN);
    }

    @GetMapping
    String page(Actor actor, @RequestParam(defaultValue = "false") boolean failed,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("overview", admin.overview(actor, failed, PageRequest.of(page, 50)));
        model.addAttribute("failedOnly", failed);
        return "platform/outbox";
    }

    @PostMapping("/{id}/resend")
    String resend(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        admin.resend(actor, id);
        redirect.addFlashAttribute("resent", id);
        return "redirect:" + PATH;
    }

    @PostMapping("/resend-failed")
    String resendFailed(Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("resentFailed", admin.resendFailed(actor));
        return "redirect:" + PATH;
    }
}
