/**
 * Identity: accounts of officers, citizens and API clients; login with throttling; HTTP Basic and
 * hashed API tokens on the API; the security configuration that authorizes every page and endpoint.
 * <p>
 * Depends on: {@code platform}, {@code organization} (an officer's roles and the agency tree).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = { "platform", "organization" })
package vn.motcua.identity;
