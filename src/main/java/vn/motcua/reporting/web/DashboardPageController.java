package vn.motcua.reporting.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.platform.web.Problems;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.StaffMenuItem;
import vn.motcua.reporting.Dashboards;
import vn.motcua.reporting.LateAnalyses;
import vn.motcua.reporting.OverdueNow;
import vn.motcua.reporting.ReportPeriod;

/**
 * The leaders' dashboard page: tiles that open the report behind them, three charts each with its
 * table, the late analysis; and the list of the dossiers overdue now. Readable without JavaScript
 * (the tables); {@code /js/dashboard.js} draws the charts from the tables.
 */
@Controller
class DashboardPageController {

    private final Dashboards dashboards;
    private final LateAnalyses late;
    private final OverdueNow overdue;
    private final BusinessZone zone;
    private final Problems problems;

    DashboardPageController(Dashboards dashboards, LateAnalyses late, OverdueNow overdue, BusinessZone zone,
            Problems problems) {
        this.dashboards = dashboards;
        this.late = late;
        this.overdue = overdue;
        this.zone = zone;
        this.problems = problems;
    }

    @Bean
    static StaffMenuItem dashboardMenu() {
        return new StaffMenuItem("/staff/dashboard", "dashboard.menu", 45, Set.of(Role.MONITOR, Role.LEADER, Role.ADMIN));
    }

    @GetMapping("/staff/dashboard")
    String dashboard(Actor actor, @ModelAttribute DashboardParams params, Model model) {
        DashboardParams p = params.withDefaults(dashboards.today());
        model.addAttribute("params", p);
        model.addAttribute("agencies", dashboards.agencies(actor));
        model.addAttribute("zone", zone);
        try {
            ReportPeriod period = p.period(zone.zone());
            model.addAttribute("dashboard", dashboards.of(actor, p.agencyCode(), period));
            model.addAttribute("late", late.of(actor, period, p.agencyCode()));
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            model.addAttribute("errors", problems.fieldMessages(e));
        }
        return "reporting/dashboard";
    }

    @GetMapping("/staff/dashboard/overdue")
    String overdue(Actor actor, @ModelAttribute DashboardParams params, @RequestParam(required = false) String row,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", overdue.dossiers(actor, params.agencyCode(), row, PageRequest.of(page, 50)));
        model.addAttribute("params", params);
        model.addAttribute("row", row);
        model.addAttribute("zone", zone);
        return "reporting/overdue";
    }
}
