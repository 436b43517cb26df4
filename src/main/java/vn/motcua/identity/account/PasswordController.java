package vn.motcua.identity.account;

import java.time.Clock;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

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
    private final AuditLog audit;
    private final Clock clock;

    PasswordController(AccountStore accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/api/v1/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void change(Actor actor, @Valid @RequestBody PasswordChange body) {
        Account account = accounts.byId(actor.accountId()).filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> ProblemException.forbidden("problem.forbidden"));
        Validation v = new Validation()
                .check(encoder.matches(body.currentPassword(), account.passwordHash()), "currentPassword",
                        "identity.password.currentWrong")
                .check(!body.currentPassword().equals(body.newPassword()), "newPassword", "identity.password.same");
        PasswordPolicy.violation(body.newPassword()).ifPresent(k -> v.add("newPassword", k, PasswordPolicy.MIN_LENGTH));
        v.throwIfInvalid();
        accounts.setPassword(account.id(), encoder.encode(body.newPassword()), clock.instant());
        audit.record("CHANGE_PASSWORD", "account", account.id(), account.username(), Map.of());
    }
}
