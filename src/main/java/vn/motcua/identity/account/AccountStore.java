package vn.motcua.identity.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.organization.RoleAssignment;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.text.CleanText;

/** SQL for accounts, API tokens and the roles of non-officer accounts. */
@Repository
class AccountStore {

    private static final String COLUMNS = "id, username, password_hash, kind, officer_id, display_name, enabled";

    private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getLong("id"), rs.getString("username"),
            rs.getString("password_hash"), Actor.Kind.valueOf(rs.getString("kind")),
            (Long) rs.getObject("officer_id", Long.class), rs.getString("display_name"), rs.getBoolean("enabled"));

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account of that username; none, without asking the database, for a name no account can have. */
    Optional<Account> byUsername(String username) {
        if (username == null || username.length() > 100 || !CleanText.isSafeLine(username)) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from account where username = :u").param("u", username)
                .query(ROW).optional();
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id").param("id", id).query(ROW).optional();
    }

    Optional<Account> byOfficer(long officerId) {
        return jdbc.sql("select " + COLUMNS + " from account where officer_id = :id").param("id", officerId)
                .query(ROW).optional();
    }

    boolean usernameTaken(String username) {
        if (username == null || username.length() > 100 || !CleanText.isSafeLine(username)) {
            return false; // no account has such a name (and the format check refuses it)
        }
        return jdbc.sql("select count(*) from account where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    long insert(String username, String passwordHash, Actor.Kind kind, Long officerId, String displayName,
            Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (username, password_hash, kind, officer_id, display_name, enabled,
                                     password_changed_at, created_at)
                values (:u, :h, :k, :o, :d, true, :now, :now)
                """)
                .param("u", username).param("h", passwordHash).param("k", kind.name()).param("o", officerId)
                .param("d", displayName).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void addRole(long accountId, Role role, Long agencyId) {
        jdbc.sql("insert into account_role (account_id, role, agency_id) values (:a, :r, :g)")
                .param("a", accountId).param("r", role.name()).param("g", agencyId).update();
    }

    List<RoleAssignment> rolesOf(long accountId) {
        return jdbc.sql("select role, agency_id from account_role where account_id = :a order by id")
                .param("a", accountId)
                .query((rs, n) -> new RoleAssignment(Role.valueOf(rs.getString(1)), (Long) rs.getObject(2, Long.class)))
                .list();
    }

    boolean anyAdministrator() {
        return jdbc.sql("""
                select count(*) from account a
                where a.enabled and (
                    exists (select 1 from account_role r where r.account_id = a.id and r.role = 'ADMIN')
                    or exists (select 1 from officer_role r where r.officer_id = a.officer_id and r.role = 'ADMIN'))
                """).query(Long.class).single() > 0;
    }

    void recordSuccess(long accountId, Instant now) {
        // Written at most once a minute, so HTTP Basic calls do not write on every request.
        jdbc.sql("""
                update account set last_login_at = :now
                where id = :id and (last_login_at is null or last_login_at < :minuteAgo)
                """).param("id", accountId).param("now", Timestamp.from(now))
                .param("minuteAgo", Timestamp.from(now.minusSeconds(60))).update();
    }

    void setPassword(long accountId, String hash, Instant now) {
        jdbc.sql("""
                update account set password_hash = :h, password_changed_at = :now, version = version + 1
                where id = :id
                """).param("id", accountId).param("h", hash).param("now", Timestamp.from(now)).update();
    }

    void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("update account set enabled = :e, version = version + 1 where id = :id")
                .param("id", accountId).param("e", enabled).update();
    }

    void setDisplayName(long accountId, String displayName) {
        jdbc.sql("update account set display_name = :d where id = :id").param("id", accountId)
                .param("d", displayName).update();
    }

    long insertToken(long accountId, String name, String hash, String prefix, Instant now, Instant expiresAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (account_id, name, token_hash, prefix, created_at, expires_at)
                values (:a, :n, :h, :p, :now, :exp)
                """).param("a", accountId).param("n", name).param("h", hash).param("p", prefix)
                .param("now", Timestamp.from(now)).param("exp", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A live token's account and expiry. */
    record LiveToken(Account account, Instant expiresAt) {
    }

    /** The account of a live (not revoked, not expired) token, marking the token used: one query, one write at most. */
    Optional<LiveToken> byLiveToken(String hash, Instant now) {
        Optional<LiveToken> live = jdbc.sql("""
                select a.id, a.username, a.password_hash, a.kind, a.officer_id, a.display_name, a.enabled, t.expires_at
                from api_token t join account a on a.id = t.account_id
                where t.token_hash = :h and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)
                """).param("h", hash).param("now", Timestamp.from(now)).query((rs, n) -> {
                    Timestamp expires = rs.getTimestamp("expires_at");
                    return new LiveToken(ROW.mapRow(rs, n), expires == null ? null : expires.toInstant());
                }).optional();
        // Mark use at most once a minute, so that a busy integration does not write on every call.
        live.ifPresent(t -> jdbc.sql("""
                update api_token set last_used_at = :now
                where token_hash = :h and (last_used_at is null or last_used_at < :minuteAgo)
                """).param("h", hash).param("now", Timestamp.from(now))
                .param("minuteAgo", Timestamp.from(now.minusSeconds(60))).update());
        return live;
    }

    int revokeToken(long tokenId, long accountId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and account_id = :a and revoked_at is null")
                .param("id", tokenId).param("a", accountId).param("now", Timestamp.from(now)).update();
    }
}
