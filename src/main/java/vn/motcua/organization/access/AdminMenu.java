package vn.motcua.organization.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.StaffMenuItem;

/** The organization administration pages in the staff menu (for administrators). */
@Configuration(proxyBeanMethods = false)
class AdminMenu {

    @Bean
    StaffMenuItem agenciesMenu() {
        return new StaffMenuItem("/staff/agencies", "org.menu.agencies", 10, Role.ADMIN);
    }

    @Bean
    StaffMenuItem desksMenu() {
        return new StaffMenuItem("/staff/desks", "org.menu.desks", 11, Role.ADMIN);
    }

    @Bean
    StaffMenuItem officersMenu() {
        return new StaffMenuItem("/staff/officers", "org.menu.officers", 12, Role.ADMIN);
    }
}
