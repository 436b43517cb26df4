package vn.motcua.platform.security;

/** Implemented by the security principal of the identity module so every module can read the actor. */
public interface ActorPrincipal {

    Actor actor();
}
