package vn.motcua.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.motcua.platform.audit.AuditLog;

/**
 * Username and password (the login form and HTTP Basic), with every failure alike: a wrong
 * password, an unknown username, an account without a password or a disabled one all cost one
 * bcrypt comparison (against a dummy hash when there is no account), count against the same
 * throttle keys, are audited the same way and end in the same {@link BadCredentialsException}.
 * A throttled attempt is refused before any of that ({@link LoginThrottledException}).
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final AccountStore accounts;
    private final AccountPrincipals principals;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    // The hash an unknown username is compared with, so that it takes as long as a known one.
    private final String dummyHash;

    PasswordAuthentication(AccountStore accounts, AccountPrincipals principals, PasswordEncoder encoder,
            LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.principals = principals;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        List<LoginThrottle.Key> keys = throttle.login(username, address);
        Optional<Duration> wait = throttle.wait(keys);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        Optional<Account> account = accounts.byUsername(username).filter(a -> a.passwordHash() != null);
        boolean matches = encoder.matches(password, account.map(Account::passwordHash).orElse(dummyHash));
        if (!matches || account.isEmpty() || !account.get().enabled()) {
            throttle.failed(keys);
            audit.record("LOGIN_FAILED", "account", account.map(Account::id).orElse(null),
                    LoginThrottle.name(username), Map.of());
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(keys);
        accounts.recordSuccess(account.get().id(), clock.instant());
        AccountPrincipal principal = principals.principalOf(account.get());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
