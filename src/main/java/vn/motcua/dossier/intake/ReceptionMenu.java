package vn.motcua.dossier.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.StaffMenuItem;

/** The reception page in the staff menu, for reception officers. */
@Configuration(proxyBeanMethods = false)
class ReceptionMenu {

    @Bean
    StaffMenuItem dossierReception() {
        return new StaffMenuItem("/staff/reception", "dossier.menu.reception", 2, Role.RECEPTION);
    }
}
