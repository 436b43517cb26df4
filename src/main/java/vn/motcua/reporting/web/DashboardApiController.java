package vn.motcua.reporting.web;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.reporting.Dashboards;
import vn.motcua.reporting.DossierLine;
import vn.motcua.reporting.LateAnalyses;
import vn.motcua.reporting.OverdueNow;

/** The leaders' dashboard as JSON: tiles and chart data, the late analysis, the dossiers overdue now. */
@RestController
class DashboardApiController {

    private final Dashboards dashboards;
    private final LateAnalyses late;
    private final OverdueNow overdue;
    private final BusinessZone zone;

    DashboardApiController(Dashboards dashboards, LateAnalyses late, OverdueNow overdue, BusinessZone zone) {
        this.dashboards = dashboards;
        this.late = late;
        this.overdue = overdue;
        this.zone = zone;
    }

    @GetMapping("/api/v1/reports/dashboard")
    Dashboards.Dashboard dashboard(Actor actor, @ParameterObject @ModelAttribute DashboardParams params) {
        DashboardParams p = params.withDefaults(dashboards.today());
        return dashboards.of(actor, p.agencyCode(), p.period(zone.zone()));
    }

    @GetMapping("/api/v1/reports/dashboard/late-analysis")
    LateAnalyses.LateAnalysis lateAnalysis(Actor actor, @ParameterObject @ModelAttribute DashboardParams params) {
        DashboardParams p = params.withDefaults(dashboards.today());
        return late.of(actor, p.period(zone.zone()), p.agencyCode());
    }

    @GetMapping("/api/v1/reports/dashboard/overdue")
    PageResult<DossierLine> overdue(Actor actor, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String row, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return overdue.dossiers(actor, agency, row, PageRequest.of(page, size));
    }
}
