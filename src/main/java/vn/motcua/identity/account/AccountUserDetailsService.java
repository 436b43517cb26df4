package vn.motcua.identity.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for password login (form or HTTP Basic). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final ActorFactory actors;
    private final Clock clock;

    AccountUserDetailsService(AccountStore accounts, ActorFactory actors, Clock clock) {
        this.accounts = accounts;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.byUsername(username == null ? "" : username.trim())
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return principalOf(account);
    }

    AccountPrincipal principalOf(Account account) {
        return new AccountPrincipal(actors.actorOf(account), account.passwordHash(), account.enabled(),
                account.lockedAt(clock.instant()));
    }
}
