/**
 * Staff workspace: the shell of the officers' pages (menu, landing page). Each module serves its
 * own pages in its feature packages and adds itself to the menu with a
 * {@link vn.motcua.platform.web.StaffMenuItem} bean.
 * <p>
 * Depends on: {@code platform}, {@code organization}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff workspace",
        allowedDependencies = { "platform", "organization" })
package vn.motcua.workspace;
