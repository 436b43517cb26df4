package vn.motcua.workspace.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.StaffMenuItem;

/** The audit log for administrators: who changed what, filtered by kind of record and by actor. */
@Controller
class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @Bean
    static StaffMenuItem auditMenu() {
        return new StaffMenuItem("/staff/audit", "workspace.audit.menu", 90, Role.ADMIN);
    }

    @GetMapping("/staff/audit")
    String list(Actor actor, @RequestParam(required = false) String type, @RequestParam(required = false) String by,
            @RequestParam(required = false) Integer page, Model model) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("problem.forbidden");
        }
        String entityType = type == null || type.isBlank() ? null : type.trim();
        String actorName = by == null || by.isBlank() ? null : by.trim();
        model.addAttribute("result", audit.search(entityType, actorName, PageRequest.of(page, 50)));
        model.addAttribute("type", entityType);
        model.addAttribute("by", actorName);
        return "workspace/audit";
    }
}
