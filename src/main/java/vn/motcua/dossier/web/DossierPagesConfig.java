package vn.motcua.dossier.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.StaffMenuItem;

/**
 * The dossier pages in the staff menu. A menu item names one role, so the worklist and the search
 * have one item per role that works on dossiers; the menu shows a path once.
 */
@Configuration(proxyBeanMethods = false)
class DossierPagesConfig {

    static final String WORKLIST = "/staff/worklist";
    static final String SEARCH = "/staff/dossiers";

    @Bean
    StaffMenuItem dossierWorklistForReception() {
        return new StaffMenuItem(WORKLIST, "dossier.menu.worklist", 1, Role.RECEPTION);
    }

    @Bean
    StaffMenuItem dossierWorklistForSpecialist() {
        return new StaffMenuItem(WORKLIST, "dossier.menu.worklist", 1, Role.SPECIALIST);
    }

    @Bean
    StaffMenuItem dossierWorklistForLeader() {
        return new StaffMenuItem(WORKLIST, "dossier.menu.worklist", 1, Role.LEADER);
    }

    @Bean
    StaffMenuItem dossierWorklistForClerk() {
        return new StaffMenuItem(WORKLIST, "dossier.menu.worklist", 1, Role.CLERK);
    }

    @Bean
    StaffMenuItem dossierReception() {
        return new StaffMenuItem("/staff/reception", "dossier.menu.reception", 2, Role.RECEPTION);
    }

    @Bean
    StaffMenuItem dossierSearchForWorkers() {
        return new StaffMenuItem(SEARCH, "dossier.menu.search", 3, Role.RECEPTION);
    }

    @Bean
    StaffMenuItem dossierSearchForSpecialist() {
        return new StaffMenuItem(SEARCH, "dossier.menu.search", 3, Role.SPECIALIST);
    }

    @Bean
    StaffMenuItem dossierSearchForLeader() {
        return new StaffMenuItem(SEARCH, "dossier.menu.search", 3, Role.LEADER);
    }

    @Bean
    StaffMenuItem dossierSearchForClerk() {
        return new StaffMenuItem(SEARCH, "dossier.menu.search", 3, Role.CLERK);
    }

    @Bean
    StaffMenuItem dossierSearchForMonitor() {
        return new StaffMenuItem(SEARCH, "dossier.menu.search", 3, Role.MONITOR);
    }
}
