/**
 * Organization: administrative units (with validity across the 2025 reform), agencies, one-stop
 * desks and their counters, officers and the roles they hold in agencies.
 * <p>
 * Depends on: {@code platform}. The API is the types in this package; {@link vn.motcua.organization.OfficerAccounts}
 * is a port that the {@code identity} module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = "platform")
package vn.motcua.organization;
