package vn.motcua.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.platform.web.StaffMenuItem;

/** The calendar's public API paths and its entry in the staff menu. */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfig {

    /** Anyone may read the calendar, convert dates and compute due dates; administration needs a login. */
    @Bean
    PublicEndpoints calendarPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/calendar/days", "/api/v1/calendar/lunar/*", "/api/v1/calendar/due");
    }

    @Bean
    StaffMenuItem calendarMenuItem() {
        return new StaffMenuItem("/staff/calendar", "calendar.menu", 40, Role.ADMIN);
    }
}
