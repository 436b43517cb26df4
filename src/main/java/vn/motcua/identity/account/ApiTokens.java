package vn.motcua.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations: {@code mc_} + 32 random bytes (URL-safe Base64). Only the SHA-256 of a
 * token is stored; a fast hash suffices because the token carries 256 bits of randomness.
 */
@Component
class ApiTokens {

    static final String PREFIX = "mc_";

    private final SecureRandom random = new SecureRandom();
    private final AccountStore accounts;
    private final Clock clock;

    ApiTokens(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Issues a token for the account and returns it: the only time it is ever seen in clear. */
    @Transactional
    String issue(long accountId, String name, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.insertToken(accountId, name, sha256(token), token.substring(0, 10), clock.instant(), expiresAt);
        return token;
    }

    @Transactional
    Optional<Account> accountOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.byLiveToken(sha256(token), clock.instant()).filter(Account::enabled);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
