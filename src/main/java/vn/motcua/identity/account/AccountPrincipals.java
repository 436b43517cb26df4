package vn.motcua.identity.account;

import org.springframework.stereotype.Component;

/** The security principal of an account, with its roles expanded into an {@code Actor}. */
@Component
class AccountPrincipals {

    private final ActorFactory actors;

    AccountPrincipals(ActorFactory actors) {
        this.actors = actors;
    }

    AccountPrincipal principalOf(Account account) {
        return new AccountPrincipal(actors.actorOf(account), account.enabled());
    }
}
