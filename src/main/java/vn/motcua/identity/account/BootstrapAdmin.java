package vn.motcua.identity.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.PasswordPolicy;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;

/**
 * On first start, when no administrator exists, creates {@code admin} (province-wide ADMIN only) with the
 * password from {@code MOTCUA_ADMIN_PASSWORD}, or a generated one printed once in the log.
 * There is no default password anywhere.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final String USERNAME = "admin";

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String configuredPassword;

    BootstrapAdmin(AccountStore accounts, PasswordEncoder encoder, AuditLog audit, Clock clock, TransactionTemplate tx,
            @Value("${motcua.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (accounts.anyAdministrator() || accounts.usernameTaken(USERNAME)) {
                return;
            }
            boolean generated = configuredPassword == null || configuredPassword.isBlank();
            String password = generated ? generate() : configuredPassword;
            PasswordPolicy.violation(password, USERNAME).ifPresent(v -> {
                throw new IllegalStateException("MOTCUA_ADMIN_PASSWORD does not meet the password policy ("
                        + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                        + " characters, not a common password, not containing the username): " + v.describe());
            });
            long id = accounts.insert(USERNAME, encoder.encode(password), Actor.Kind.OFFICER, null,
                    "Quản trị hệ thống", clock.instant());
            // ADMIN only: an administrator configures; reading the agencies' registers and oversight
            // (MONITOR) are roles of their own, granted to the officers who do that work.
            accounts.addRole(id, Role.ADMIN, null);
            audit.record("CREATE", "account", id, "Bootstrap administrator", Map.of("username", USERNAME));
            if (generated) {
                log.warn("""

                        ==============================================================
                         motcua: administrator account created (shown only this once)
                           username: {}
                           password: {}
                         Change it after logging in, or set MOTCUA_ADMIN_PASSWORD.
                        ==============================================================""", USERNAME, password);
            } else {
                log.info("motcua: administrator account '{}' created with the password from MOTCUA_ADMIN_PASSWORD",
                        USERNAME);
            }
        });
    }

    /** 16 characters from an alphabet without look-alikes (about 93 bits), meeting the policy. */
    static String generate() {
        String all = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder password = new StringBuilder();
            while (password.length() < 16) {
                password.append(all.charAt(random.nextInt(all.length())));
            }
            if (PasswordPolicy.violation(password.toString(), USERNAME).isEmpty()) {
                return password.toString();
            }
        }
    }
}
