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

    private static final java.util.Set<Role> WORKERS = java.util.Set.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER,
            Role.CLERK);

    @Bean
    StaffMenuItem dossierWorklist() {
        return new StaffMenuItem(WORKLIST, "dossier.menu.worklist", 1, WORKERS);
    }

    @Bean
    StaffMenuItem dossierReception() {
        return new StaffMenuItem("/staff/reception", "dossier.menu.reception", 2, Role.RECEPTION);
    }

    @Bean
    StaffMenuItem dossierSearch() {
        java.util.Set<Role> readers = new java.util.HashSet<>(WORKERS);
        readers.add(Role.MONITOR);
        return new StaffMenuItem(SEARCH, "dossier.menu.search", 3, readers);
    }
}
