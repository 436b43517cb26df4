package vn.motcua.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.ActorPrincipal;

/**
 * Locks an account for a while after repeated wrong passwords. The count lives in the account
 * row, so it holds across nodes and restarts.
 */
@Component
class LoginThrottle {

    private final AccountStore accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottle(AccountStore accounts, AuditLog audit, Clock clock,
            @Value("${motcua.security.login.max-failures:5}") int maxFailures,
            @Value("${motcua.security.login.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        accounts.byUsername(username).ifPresent(account -> {
            accounts.recordFailure(username, maxFailures, clock.instant().plus(lock));
            boolean nowLocked = account.failedAttempts() + 1 >= maxFailures;
            audit.record(nowLocked ? "LOGIN_LOCKED" : "LOGIN_FAILED", "account", account.id(), username,
                    Map.of("failedAttempts", account.failedAttempts() + 1));
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal) {
            accounts.recordSuccess(principal.actor().accountId(), clock.instant());
        }
    }

    int maxFailures() {
        return maxFailures;
    }

    Duration lockDuration() {
        return lock;
    }
}
