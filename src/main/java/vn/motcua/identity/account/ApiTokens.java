package vn.motcua.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * API tokens for integrations: {@code mc_} + 32 random bytes (URL-safe Base64). Only the SHA-256 of a
 * token is stored; a fast hash suffices because the token carries 256 bits of randomness, so checking
 * a token costs no bcrypt. The principal of a live token is kept per node for
 * {@code motcua.security.token-cache-ttl} (30 s): a busy integration costs no query at all between,
 * while a revocation takes effect at once on the node that revoked and within that time on the others;
 * an expiry is checked on every call.
 */
@Component
class ApiTokens {

    static final String PREFIX = "mc_";

    private record Live(AccountPrincipal principal, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final AccountStore accounts;
    private final AccountPrincipals principals;
    private final Clock clock;
    private final Cache<String, Live> live;

    ApiTokens(AccountStore accounts, AccountPrincipals principals, Clock clock,
            @Value("${motcua.security.token-cache-ttl:PT30S}") Duration ttl) {
        this.accounts = accounts;
        this.principals = principals;
        this.clock = clock;
        this.live = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
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

    /**
     * The principal of a live token of an enabled account, if the token is one. No transaction: a
     * cached token takes no connection from the pool.
     */
    Optional<AccountPrincipal> principalOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Instant now = clock.instant();
        Live known = live.getIfPresent(hash);
        if (known != null && (known.expiresAt() == null || known.expiresAt().isAfter(now))) {
            return Optional.of(known.principal());
        }
        Optional<Live> loaded = accounts.byLiveToken(hash, now).filter(t -> t.account().enabled())
                .map(t -> new Live(principals.principalOf(t.account()), t.expiresAt()));
        loaded.ifPresentOrElse(l -> live.put(hash, l), () -> live.invalidate(hash));
        return loaded.map(Live::principal);
    }

    /** Forgets every cached token on this node (after a revocation). */
    void forgetCached() {
        live.invalidateAll();
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
