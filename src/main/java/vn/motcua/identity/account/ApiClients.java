package vn.motcua.identity.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/** Creating API client accounts, issuing and revoking their tokens. */
@Service
class ApiClients {

    record ClientView(long id, String username, String displayName, boolean enabled) {
    }

    private final AccountStore accounts;
    private final ApiTokens tokens;
    private final Agencies agencies;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiClients(AccountStore accounts, ApiTokens tokens, Agencies agencies, AuditLog audit, JdbcClient jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.agencies = agencies;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void requireProvinceAdmin(Actor actor) {
        if (!actor.scopeOf(Role.ADMIN).wholeProvince()) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    @Transactional(readOnly = true)
    List<ClientView> list() {
        return jdbc.sql("select id, username, display_name, enabled from account where kind = 'API_CLIENT' order by id")
                .query((rs, n) -> new ClientView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    @Transactional
    ApiClientController.IssuedToken create(ApiClientController.NewClient body) {
        String username = body.username().trim();
        Validation v = new Validation()
                .check(username.matches("[a-zA-Z0-9._-]{3,50}"), "username", "identity.username.format")
                .check(!accounts.usernameTaken(username), "username", "problem.field.unique");
        Long[] agencyIds = new Long[body.roles().size()];
        for (int i = 0; i < body.roles().size(); i++) {
            String code = body.roles().get(i).agencyCode();
            if (code != null && !code.isBlank()) {
                agencyIds[i] = agencies.byCode(code.trim()).map(AgencyRef::id).orElse(null);
                v.check(agencyIds[i] != null, "roles[" + i + "].agencyCode", "problem.field.unknown");
            }
        }
        v.throwIfInvalid();
        long id = accounts.insert(username, null, Actor.Kind.API_CLIENT, null, body.displayName().trim(),
                clock.instant());
        for (int i = 0; i < body.roles().size(); i++) {
            accounts.addRole(id, body.roles().get(i).role(), agencyIds[i]);
        }
        audit.record("CREATE", "account", id, username, Map.of("kind", "API_CLIENT", "roles", body.roles().toString()));
        return issue(id, new ApiClientController.NewToken("default", null));
    }

    @Transactional
    ApiClientController.IssuedToken issue(long clientId, ApiClientController.NewToken body) {
        Account client = client(clientId);
        new Validation().check(body.expiresAt() == null || body.expiresAt().isAfter(clock.instant()), "expiresAt",
                "identity.token.expiryPast").throwIfInvalid();
        String token = tokens.issue(client.id(), body.name().trim(), body.expiresAt());
        long tokenId = jdbc.sql("select id from api_token where token_hash = :h").param("h", ApiTokens.sha256(token))
                .query(Long.class).single();
        audit.record("ISSUE_TOKEN", "account", client.id(), client.username(), Map.of("tokenId", tokenId,
                "name", body.name().trim()));
        return new ApiClientController.IssuedToken(client.id(), client.username(), tokenId, token);
    }

    @Transactional
    void revoke(long clientId, long tokenId) {
        Account client = client(clientId);
        if (accounts.revokeToken(tokenId, client.id(), clock.instant()) == 0) {
            throw ProblemException.notFound("identity.token.notFound");
        }
        // At once on this node (again after the commit, lest a call in between cache it once more);
        // other nodes drop their copy within motcua.security.token-cache-ttl.
        tokens.forgetCached();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tokens.forgetCached();
            }
        });
        audit.record("REVOKE_TOKEN", "account", client.id(), client.username(), Map.of("tokenId", tokenId));
    }

    private Account client(long id) {
        return accounts.byId(id).filter(a -> a.kind() == Actor.Kind.API_CLIENT)
                .orElseThrow(() -> ProblemException.notFound("identity.client.notFound"));
    }
}
