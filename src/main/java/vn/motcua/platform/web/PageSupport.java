package vn.motcua.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.CurrentActor;

/**
 * What every page's layout needs: the actor, and the reader's text-size and contrast choice (kept
 * in cookies so the first paint is already right).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageSupport {

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.get().orElse(null);
    }

    @ModelAttribute("a11yClasses")
    String a11yClassesOf(HttpServletRequest request) {
        return a11yClasses(request);
    }

    static String a11yClasses(HttpServletRequest request) {
        String font = cookie(request, "motcua-font");
        String contrast = cookie(request, "motcua-contrast");
        StringBuilder classes = new StringBuilder();
        if ("larger".equals(font) || "largest".equals(font) || "smaller".equals(font)) {
            classes.append("font-").append(font);
        }
        if ("high".equals(contrast)) {
            classes.append(classes.isEmpty() ? "" : " ").append("high-contrast");
        }
        return classes.toString();
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
