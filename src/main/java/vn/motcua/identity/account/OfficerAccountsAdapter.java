package vn.motcua.identity.account;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.identity.PasswordPolicy;
import vn.motcua.organization.OfficerAccounts;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.Validation;

/** The identity side of officer administration: the officer's login account. */
@Component
class OfficerAccountsAdapter implements OfficerAccounts {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    OfficerAccountsAdapter(AccountStore accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void create(long officerId, String username, String displayName, String rawPassword) {
        String name = username == null ? "" : username.trim();
        Validation v = new Validation()
                .check(name.matches("[a-zA-Z0-9._-]{3,50}"), "username", "identity.username.format")
                .check(!accounts.usernameTaken(name), "username", "problem.field.unique");
        PasswordPolicy.check(v, "password", rawPassword, name);
        v.throwIfInvalid();
        long id = accounts.insert(name, encoder.encode(rawPassword), Actor.Kind.OFFICER, officerId, displayName,
                clock.instant());
        audit.record("CREATE", "account", id, name, Map.of("officerId", officerId, "username", name));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void setEnabled(long officerId, boolean enabled) {
        accounts.byOfficer(officerId).filter(a -> a.enabled() != enabled).ifPresent(account -> {
            accounts.setEnabled(account.id(), enabled);
            audit.record(enabled ? "ENABLE" : "DISABLE", "account", account.id(), account.username(), Map.of());
        });
    }

    @Override
    public Optional<String> passwordProblem(String username, String rawPassword) {
        return PasswordPolicy.violation(rawPassword, username).map(PasswordPolicy.Violation::describe);
    }

    @Override
    public Optional<String> usernameOf(long officerId) {
        return accounts.byOfficer(officerId).map(Account::username);
    }
}
