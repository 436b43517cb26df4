package vn.motcua.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.identity.PasswordPolicy;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.text.Verbatim;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/** An officer changes their own password (the current one is required). */
@RestController
class PasswordController {

    record PasswordChange(@NotBlank @Verbatim String currentPassword, @NotBlank @Verbatim String newPassword) {
    }

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    PasswordController(AccountStore accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Wrong current passwords are braked like logins (the same throttle, its own per-account
     * counter): 429 with {@code Retry-After} while waiting, the password not even compared.
     */
    @PostMapping("/api/v1/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void change(Actor actor, @Valid @RequestBody PasswordChange body, HttpServletRequest request,
            HttpServletResponse response) {
        Account account = accounts.byId(actor.accountId()).filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> ProblemException.forbidden("problem.forbidden"));
        List<LoginThrottle.Key> keys = throttle.passwordChange(account.username(), request.getRemoteAddr());
        Optional<Duration> wait = throttle.wait(keys);
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "identity.login.throttled",
                    List.of());
        }
        boolean currentRight = encoder.matches(body.currentPassword(), account.passwordHash());
        if (!currentRight) {
            throttle.failed(keys);
        }
        Validation v = new Validation()
                .check(currentRight, "currentPassword", "identity.password.currentWrong")
                .check(!body.currentPassword().equals(body.newPassword()), "newPassword", "identity.password.same");
        PasswordPolicy.check(v, "newPassword", body.newPassword(), account.username());
        v.throwIfInvalid();
        throttle.succeeded(keys);
        accounts.setPassword(account.id(), encoder.encode(body.newPassword()), clock.instant());
        audit.record("CHANGE_PASSWORD", "account", account.id(), account.username(), Map.of());
    }
}
