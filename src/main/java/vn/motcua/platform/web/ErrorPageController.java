package vn.motcua.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The Vietnamese page shown when a logged-in officer opens a page they may not see. */
@Controller
class ErrorPageController {

    private final Problems problems;

    ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error/403")
    ModelAndView forbidden() {
        ModelAndView view = new ModelAndView("error", HttpStatus.FORBIDDEN);
        view.addObject("problem", problems.of(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", null));
        view.addObject("status", 403);
        return view;
    }
}
