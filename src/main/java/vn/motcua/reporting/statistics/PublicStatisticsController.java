package vn.motcua.reporting.statistics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Problems;
import vn.motcua.platform.web.PublicEndpoints;

/**
 * The public statistics, open without login: the page {@code /thong-ke} (like the national portal's
 * public statistics) and {@code GET /api/v1/public/statistics}. Both say how fresh the figures are;
 * neither lists a dossier.
 */
@Controller
class PublicStatisticsController {

    static final String PAGE = "/thong-ke";

    private final PublicStatistics statistics;
    private final Problems problems;
    private final BusinessZone zone;

    PublicStatisticsController(PublicStatistics statistics, Problems problems, BusinessZone zone) {
        this.statistics = statistics;
        this.problems = problems;
        this.zone = zone;
    }

    @Bean
    static PublicEndpoints publicStatisticsEndpoints() {
        return PublicEndpoints.get(PAGE, "/api/v1/public/statistics");
    }

    @GetMapping("/api/v1/public/statistics")
    @ResponseBody
    ResponseEntity<PublicFigures> api(@ParameterObject @ModelAttribute StatisticsQuery query) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(statistics.figures(query));
    }

    @GetMapping(PAGE)
    String page(@ModelAttribute StatisticsQuery query, Model model, HttpServletResponse response) {
        model.addAttribute("query", query);
        model.addAttribute("today", statistics.today());
        model.addAttribute("zone", zone);
        try {
            PublicFigures figures = statistics.figures(query);
            Map<AdministrativeLevel, List<PublicFigures.Row>> groups = new LinkedHashMap<>();
            figures.rows().forEach(r -> groups.computeIfAbsent(r.level(), l -> new ArrayList<>()).add(r));
            model.addAttribute("figures", figures);
            model.addAttribute("groups", groups);
            StatisticsPeriod previous = figures.period().previous(statistics.today());
            model.addAttribute("previous", previous.year() < StatisticsQuery.FIRST_YEAR ? null : previous);
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", problems.fieldMessages(e));
        }
        return "reporting/statistics";
    }
}
