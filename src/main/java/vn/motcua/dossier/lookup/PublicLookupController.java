package vn.motcua.dossier.lookup;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.PublicEndpoints;

/** {@code GET /api/v1/public/dossiers/{code}?contact=<phone or ID number>}: no login, throttled per client. */
@RestController
class PublicLookupController {

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints dossierLookupEndpoints() {
            return PublicEndpoints.get("/api/v1/public/dossiers/*");
        }
    }

    private final PublicLookup lookup;
    private final LookupThrottle throttle;

    PublicLookupController(PublicLookup lookup, LookupThrottle throttle) {
        this.lookup = lookup;
        this.throttle = throttle;
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "429", description = "Too many failed lookups from this address")
    PublicLookup.Answer find(@PathVariable String code, @RequestParam(required = false) String contact,
            HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (!throttle.allow(client)) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "dossier.lookup.throttled",
                    java.util.List.of());
        }
        try {
            return lookup.find(code, contact);
        } catch (ProblemException e) {
            throttle.failed(client);
            throw e;
        }
    }
}
