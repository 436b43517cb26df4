package vn.motcua.workspace;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.StaffMenuItem;

/** The menu of the staff workspace: every module's entries the actor may open, in order. */
@Component("staffMenu")
public class StaffMenu {

    private final List<StaffMenuItem> items;

    StaffMenu(List<StaffMenuItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(StaffMenuItem::order)).toList();
    }

    public List<StaffMenuItem> itemsFor(Actor actor) {
        if (actor == null) {
            return List.of();
        }
        // Two modules could add the same page; show it once.
        Set<String> paths = new HashSet<>();
        return items.stream().filter(i -> i.shownTo(actor)).filter(i -> paths.add(i.path())).toList();
    }
}
