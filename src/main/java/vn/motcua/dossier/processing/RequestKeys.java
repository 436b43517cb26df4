package vn.motcua.dossier.processing;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;

/**
 * Request keys ({@code Idempotency-Key}, or {@code requestId} in a body or a page form), the one home of
 * the rule: a key belongs to the account that sent it, and one key of an account is one request. A keyed
 * request claims (account, key) in the {@code dossier_request} table as the first write of its own
 * transaction, after the reach and authorization checks and before anything else (for a filing, before
 * the dossier code is taken):
 * <ul>
 * <li>claimed: the request goes on and commits the key with what it did, or rolls back and leaves the key
 * free for a retry;</li>
 * <li>held by a request still running (an overlapping retry, on this node or another): the claim waits
 * on the key's unique row until that request ends, then answers as below or claims the key if it rolled
 * back;</li>
 * <li>held by a request that committed: the same request (a filing, or the same action on the same
 * dossier) is answered with the dossier as it is now, without doing anything again; another request
 * with that key is refused (409).</li>
 * </ul>
 * PostgreSQL waits in the insert for as long as the holder runs; H2 waits up to its lock timeout and
 * then fails the statement, so the claim runs under a savepoint and is tried again.
 */
@Component
public class RequestKeys {

    /** The longest key ({@code dossier_request.request_key}). */
    public static final int MAX_LENGTH = 80;

    /** Attempts at the claim while a holder still runs: H2 gives up each after its lock timeout (2 s). */
    static final int ATTEMPTS = 30;

    private static final Logger log = LoggerFactory.getLogger(RequestKeys.class);

    /** What an account's request with a key did: the dossier it filed or acted on, and the action. */
    record Earlier(Long dossierId, DossierAction action) {
    }

    private final DossierStore store;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    RequestKeys(DossierStore store, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * The key of a request: the {@code Idempotency-Key} header, else the body's {@code requestId}; blank is
     * none. A key longer than {@link #MAX_LENGTH} is a field error on where it came from.
     */
    public static String of(String header, String requestId) {
        if (header != null && !header.isBlank()) {
            return checked(header, "Idempotency-Key");
        }
        return requestId == null || requestId.isBlank() ? null : checked(requestId, "requestId");
    }

    private static String checked(String key, String field) {
        if (key.length() > MAX_LENGTH) {
            throw ProblemException.invalid(field, "dossier.request.keyTooLong", MAX_LENGTH);
        }
        return key;
    }

    /**
     * Claims the actor's key for a filing ({@code target} null: the dossier is bound to the key when it
     * is stored) or for {@code action} on {@code target}, as the first write of the caller's transaction.
     * Empty: the key is this transaction's, go on. Present: the answer to a retry, the dossier that the
     * committed request with this key filed or acted on, as it is now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Dossier> claim(Actor actor, String key, DossierAction action, Dossier target) {
        String checked = checked(key, "requestId");
        long account = actor.accountId();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Integer claimed = savepoint.execute(s -> store.insertRequest(account, checked, action,
                        target == null ? null : target.id(), clock.instant()));
                if (claimed != null && claimed == 1) {
                    return Optional.empty();
                }
                Optional<Earlier> earlier = store.request(account, checked);
                if (earlier.isPresent()) {
                    return Optional.of(answer(actor, earlier.get(), action, target));
                }
                // Taken, yet gone when read: its holder's row was deleted in between. Claim again.
            } catch (DuplicateKeyException e) {
                // Reported as a duplicate rather than skipped: the holder committed. Read it on the next turn.
            } catch (QueryTimeoutException | PessimisticLockingFailureException e) {
                // The holder still runs: H2's lock timeout (HYT00, a QueryTimeoutException), or a lock_timeout
                // set on PostgreSQL. The savepoint undid the statement: wait again.
                log.debug("Request key of account {} still held, attempt {}", account, attempt);
            }
        }
        throw ProblemException.conflict("dossier.request.busy");
    }

    /** The dossier a committed request with the key filed or acted on, if this is that request again. */
    private Dossier answer(Actor actor, Earlier earlier, DossierAction action, Dossier target) {
        boolean same = earlier.action() == action && earlier.dossierId() != null
                && (target == null || Objects.equals(earlier.dossierId(), target.id()));
        if (!same) {
            throw ProblemException.conflict("dossier.request.keyReused");
        }
        Dossier d = store.byId(earlier.dossierId()).orElseThrow();
        if (!Visibility.canSee(actor, d)) {
            throw ProblemException.notFound("dossier.notFound", d.code());
        }
        return d;
    }
}
