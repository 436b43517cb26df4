package vn.motcua.identity.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.ActorPrincipal;

/**
 * The security principal: the {@link Actor} and whether the account is enabled.
 * Authorities are {@code ROLE_<role>} for every role held somewhere; the scope lives in the actor.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, ActorPrincipal {

    private final Actor actor;
    private final boolean enabled;

    AccountPrincipal(Actor actor, boolean enabled) {
        this.actor = actor;
        this.enabled = enabled;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        actor.roles().forEach((role, scope) -> {
            if (!scope.isEmpty()) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
        });
        authorities.add(new SimpleGrantedAuthority("KIND_" + actor.kind().name()));
        return authorities;
    }

    /** Never held: the password is checked by {@link PasswordAuthentication} against the stored hash. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        // nothing held
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + actor.username() + "]";
    }
}
