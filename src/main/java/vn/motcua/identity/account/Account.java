package vn.motcua.identity.account;

import vn.motcua.platform.security.Actor;

/** A login account as stored (the password hash never leaves this package's callers). */
record Account(long id, String username, String passwordHash, Actor.Kind kind, Long officerId, String displayName,
        boolean enabled) {
}
