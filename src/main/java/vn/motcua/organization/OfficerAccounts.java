package vn.motcua.organization;

import java.util.Optional;

/**
 * Port to the login accounts of officers, implemented by the {@code identity} module, so that an
 * administrator creates an officer and the officer's account in one step.
 */
public interface OfficerAccounts {

    /** Creates the login account of a new officer; fails with a field problem on {@code username} if taken. */
    void create(long officerId, String username, String displayName, String rawPassword);

    /**
     * Why {@code rawPassword} may not be the password of {@code username} (in English, for an
     * operator's log), or nothing when identity's password policy accepts it.
     */
    Optional<String> passwordProblem(String username, String rawPassword);

    /** Enables or disables the officer's login (deactivating an officer disables it). */
    void setEnabled(long officerId, boolean enabled);

    Optional<String> usernameOf(long officerId);
}
