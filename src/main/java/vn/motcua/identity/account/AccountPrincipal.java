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
 * The security principal: the {@link Actor} plus what Spring Security needs to check a password.
 * Authorities are {@code ROLE_<role>} for every role held somewhere; the scope lives in the actor.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, ActorPrincipal {

    private final Actor actor;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    AccountPrincipal(Actor actor, String passwordHash, boolean enabled, boolean locked) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
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

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + actor.username() + "]";
    }
}
