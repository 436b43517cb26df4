package vn.motcua.platform.outbox;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;

/**
 * {@code /api/v1/outbox} for province-wide administrators: the deliveries not done yet
 * ({@code ?failed=true}: only those that gave up), and their resend.
 */
@RestController
@RequestMapping("/api/v1/outbox")
class OutboxApiController {

    private final OutboxAdmin admin;

    OutboxApiController(OutboxAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    OutboxOverview list(Actor actor, @RequestParam(defaultValue = "false") boolean failed,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return admin.overview(actor, failed, PageRequest.of(page, size));
    }

    @PostMapping("/{id}/resend")
    OutboxEntry resend(Actor actor, @PathVariable long id) {
        return admin.resend(actor, id);
    }

    @PostMapping("/resend-failed")
    Map<String, Integer> resendFailed(Actor actor) {
        return Map.of("resent", admin.resendFailed(actor));
    }
}
