package vn.motcua.identity.account;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.Validation;

/**
 * API clients (integrations such as the national portal sync) and their tokens. Only a
 * province-wide administrator manages them; a token is shown once, when it is issued.
 */
@RestController
@RequestMapping("/api/v1/api-clients")
class ApiClientController {

    private final ApiClients clients;

    ApiClientController(ApiClients clients) {
        this.clients = clients;
    }

    record RoleGrant(@NotNull Role role, String agencyCode) {
    }

    record NewClient(@NotBlank @Size(min = 3, max = 50) String username, @NotBlank @Size(max = 150) String displayName,
            @NotEmpty List<@Valid RoleGrant> roles) {
    }

    record NewToken(@NotBlank @Size(max = 100) String name, Instant expiresAt) {
    }

    record IssuedToken(long clientId, String username, long tokenId, String token) {
    }

    @GetMapping
    List<ApiClients.ClientView> list(Actor actor) {
        clients.requireProvinceAdmin(actor);
        return clients.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken create(Actor actor, @Valid @RequestBody NewClient body) {
        clients.requireProvinceAdmin(actor);
        return clients.create(body);
    }

    @PostMapping("/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(Actor actor, @PathVariable long id, @Valid @RequestBody NewToken body) {
        clients.requireProvinceAdmin(actor);
        // Past year 9999 the timestamp column would wrap the expiry silently.
        Validation v = new Validation();
        v.instantInRange("expiresAt", body.expiresAt());
        v.throwIfInvalid();
        return clients.issue(id, body);
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable long id, @PathVariable long tokenId) {
        clients.requireProvinceAdmin(actor);
        clients.revoke(id, tokenId);
    }
}
