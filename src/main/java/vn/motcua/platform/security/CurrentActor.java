package vn.motcua.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, taken from the security context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** The actor, or an authentication failure (401) when nobody is logged in. */
    public static Actor require() {
        return get().orElseThrow(() -> new org.springframework.security.authentication
                .AuthenticationCredentialsNotFoundException("no actor"));
    }

    public static String username() {
        return get().map(Actor::username).orElse("system");
    }
}
