/**
 * Working calendar: the Vietnamese lunar calendar, public holidays by rule (as the law stood in each
 * year), the days off and working Saturdays the government decides each year, office hours per
 * agency, and the working-time calculator every deadline of the system is computed with.
 * <p>
 * Depends on: {@code platform}, {@code organization}. The API is the types in this package:
 * {@link vn.motcua.calendar.WorkingCalendars} hands out a {@link vn.motcua.calendar.WorkingCalendar}
 * per agency; {@link vn.motcua.calendar.LunarCalendar} converts dates. Conventions: docs/deadlines.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = { "platform", "organization" })
package vn.motcua.calendar;
