package vn.motcua.platform.web;

import java.util.List;

/**
 * Declared as a bean by a module for the paths anyone may call without logging in (public
 * catalog, calendar, dossier lookup...). The security configuration permits exactly these.
 */
public record PublicEndpoints(List<String> readPatterns, List<String> anyMethodPatterns) {

    /** Paths open to GET (and HEAD) requests only. */
    public static PublicEndpoints get(String... patterns) {
        return new PublicEndpoints(List.of(patterns), List.of());
    }

    /** Paths open to every method (forms the public submits, callbacks...). */
    public static PublicEndpoints any(String... patterns) {
        return new PublicEndpoints(List.of(), List.of(patterns));
    }
}
