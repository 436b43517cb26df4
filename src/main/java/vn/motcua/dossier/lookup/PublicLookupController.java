package vn.motcua.dossier.lookup;

import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.PublicEndpoints;

/** {@code GET /api/v1/public/dossiers/{code}?contact=<phone or ID number>}: no login, braked on failures per client address and code. */
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
            HttpServletRequest request, HttpServletResponse response) {
        String client = request.getRemoteAddr();
        OptionalLong wait = throttle.codeBraked(client, code);
        if (wait.isPresent()) {
            throw tooMany(response, wait.getAsLong());
        }
        try {
            return lookup.find(code, contact);
        } catch (ProblemException e) {
            OptionalLong braked = throttle.addressBraked(client);
            throttle.failed(client, code);
            throw braked.isPresent() ? tooMany(response, braked.getAsLong()) : e;
        }
    }

    private static ProblemException tooMany(HttpServletResponse response, long seconds) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "dossier.lookup.throttled",
                List.of());
    }
}
