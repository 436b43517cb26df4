package vn.motcua.dossier.worklist;

import java.util.HashSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.StaffMenuItem;

/**
 * The worklist and the search in the staff menu. A menu item names one role, so the worklist and the
 * search have one item per role that works on dossiers; the menu shows a path once.
 */
@Configuration(proxyBeanMethods = false)
class WorklistPagesConfig {

    static final String WORKLIST = "/staff/worklist";
    static final String SEARCH = "/staff/dossiers";

    private static final Set<Role> WORKERS = Set.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CLERK);

    @Bean
    StaffMenuItem dossierWorklist() {
        return new StaffMenuItem(WORKLIST, "dossier.menu.worklist", 1, WORKERS);
    }

    @Bean
    StaffMenuItem dossierSearch() {
        Set<Role> readers = new HashSet<>(WORKERS);
        readers.add(Role.MONITOR);
        return new StaffMenuItem(SEARCH, "dossier.menu.search", 3, readers);
    }
}
