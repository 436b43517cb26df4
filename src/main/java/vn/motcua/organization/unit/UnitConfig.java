package vn.motcua.organization.unit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class UnitConfig {

    @Bean
    StaffMenuItem administrativeUnitsMenu() {
        return new StaffMenuItem(UnitPageController.PATH, "unit.menu", 30, Role.ADMIN);
    }
}
