package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Problems;
import vn.motcua.platform.web.StaffMenuItem;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.ResolutionReports;

/**
 * The report page: filters in the URL (a report is a link to share), the table grouped by level
 * with totals, every number a link to its dossiers, the Excel export, printable.
 */
@Controller
class ResolutionPageController {

    private final ResolutionReports reports;
    private final BusinessZone zone;
    private final Clock clock;
    private final Problems problems;

    ResolutionPageController(ResolutionReports reports, BusinessZone zone, Clock clock, Problems problems) {
        this.reports = reports;
        this.zone = zone;
        this.clock = clock;
        this.problems = problems;
    }

    @Bean
    static StaffMenuItem reportMenu() {
        return new StaffMenuItem("/staff/reports/resolution", "report.menu", 50,
                Set.of(Role.MONITOR, Role.LEADER, Role.ADMIN));
    }

    @GetMapping("/staff/reports/resolution")
    String report(Actor actor, @ModelAttribute ReportParams params, Model model) {
        ReportParams p = withDefaultPeriod(params);
        model.addAttribute("params", p);
        model.addAttribute("links", new Links(p));
        model.addAttribute("columns", ResolutionWorkbook.COLUMNS);
        model.addAttribute("levels", AdministrativeLevel.values());
        try {
            ReportParams.Parsed parsed = p.parse(zone.zone());
            ResolutionReport report = reports.report(actor, parsed.period(), parsed.filter());
            Map<AdministrativeLevel, List<ResolutionReport.Row>> groups = new LinkedHashMap<>();
            report.rows().forEach(r -> groups.computeIfAbsent(r.level(), l -> new ArrayList<>()).add(r));
            model.addAttribute("report", report);
            model.addAttribute("groups", groups);
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            model.addAttribute("errors", problems.fieldMessages(e));
        }
        return "reporting/resolution";
    }

    @GetMapping("/staff/reports/resolution/dossiers")
    String dossiers(Actor actor, @ModelAttribute ReportParams params, @RequestParam(required = false) String row,
            @RequestParam(required = false) String cell, @RequestParam(required = false) Integer page, Model model) {
        ReportParams.WithCell p = params.parse(zone.zone(), cell == null ? "" : cell);
        model.addAttribute("result", reports.dossiers(actor, p.parsed().period(), p.parsed().filter(), row,
                p.cell(), PageRequest.of(page, 50)));
        model.addAttribute("cell", p.cell());
        model.addAttribute("row", row);
        model.addAttribute("params", params);
        model.addAttribute("links", new Links(params));
        model.addAttribute("zone", zone);
        return "reporting/dossiers";
    }

    /** Without dates, the current month up to today. */
    private ReportParams withDefaultPeriod(ReportParams p) {
        if (p.from() != null || p.to() != null) {
            return p;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        return new ReportParams(today.withDayOfMonth(1).toString(), today.toString(), p.level(), p.agency(),
                p.procedure(), p.field(), p.onlineLevel(), p.channel(), p.desk());
    }

    /** Links that keep the report's filters: to a number's dossiers, to the Excel and PDF files, to a page. */
    public record Links(ReportParams p) {

        public String cell(String cell, String row) {
            return base("/staff/reports/resolution/dossiers").queryParam("cell", cell)
                    .queryParamIfPresent("row", Optional.ofNullable(row)).build().encode().toUriString();
        }

        public String excel() {
            return base("/api/v1/reports/resolution.xlsx").build().encode().toUriString();
        }

        public String pdf() {
            return base("/api/v1/reports/resolution.pdf").build().encode().toUriString();
        }

        public String report() {
            return base("/staff/reports/resolution").build().encode().toUriString();
        }

        public String page(String cell, String row, int page) {
            return base("/staff/reports/resolution/dossiers").queryParam("cell", cell)
                    .queryParamIfPresent("row", Optional.ofNullable(row)).queryParam("page", page)
                    .build().encode().toUriString();
        }

        private UriComponentsBuilder base(String path) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
            add(b, "from", p.from());
            add(b, "to", p.to());
            add(b, "level", p.level());
            add(b, "agency", p.agency());
            add(b, "procedure", p.procedure());
            add(b, "field", p.field());
            add(b, "onlineLevel", p.onlineLevel());
            add(b, "channel", p.channel());
            add(b, "desk", p.desk());
            return b;
        }

        private static void add(UriComponentsBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value);
            }
        }
    }
}
