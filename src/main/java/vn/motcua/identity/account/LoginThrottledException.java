package vn.motcua.identity.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login attempt refused without checking the password, because its address or account must wait. */
class LoginThrottledException extends AuthenticationException {

    private final transient Duration wait;

    LoginThrottledException(Duration wait) {
        super("too many failed logins; retry after " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** Whole seconds, for {@code Retry-After}. */
    long retryAfterSeconds() {
        return Math.max(1, wait.toSeconds());
    }
}
