package vn.motcua.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.platform.security.CurrentActor;

/** The officer login page (Vietnamese first). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return CurrentActor.get().isPresent() ? "redirect:/staff" : "identity/login";
    }
}
