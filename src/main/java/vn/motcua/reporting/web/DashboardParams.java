package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.platform.web.Validation;
import vn.motcua.reporting.Dashboards;
import vn.motcua.reporting.ReportPeriod;

/**
 * The dashboard's query parameters: the period of the daily chart and of the late analysis (the last
 * 30 days by default, at most {@link Dashboards#MAX_DAYS}) and an agency code within the scope.
 * Public only for the templates' expressions.
 */
public record DashboardParams(String from, String to, String agency) {

    static final int DEFAULT_DAYS = 30;

    /** Missing dates become the last {@value #DEFAULT_DAYS} days up to {@code today}. */
    DashboardParams withDefaults(LocalDate today) {
        if (blank(from) && blank(to)) {
            return new DashboardParams(today.minusDays(DEFAULT_DAYS - 1).toString(), today.toString(), agency);
        }
        return this;
    }

    /** The period, validated as the report's (both dates, in order) and no longer than the limit. */
    ReportPeriod period(ZoneId zone) {
        ReportPeriod period = new ReportParams(from, to, null, agency, null, null, null, null, null).parse(zone).period();
        new Validation().check(ChronoUnit.DAYS.between(period.from(), period.to()) < Dashboards.MAX_DAYS, "to",
                "dashboard.period.tooLong", Dashboards.MAX_DAYS).throwIfInvalid();
        return period;
    }

    String agencyCode() {
        return blank(agency) ? null : agency.trim();
    }

    /** The dashboard with these parameters. */
    public String link() {
        return with(UriComponentsBuilder.fromPath("/staff/dashboard"), true);
    }

    /** The report of a tile's period for this agency, or one of its numbers' dossiers when {@code cell} is set. */
    public String report(LocalDate start, LocalDate end, String cell) {
        UriComponentsBuilder b = UriComponentsBuilder
                .fromPath(cell == null ? "/staff/reports/resolution" : "/staff/reports/resolution/dossiers")
                .queryParam("from", start).queryParam("to", end);
        if (cell != null) {
            b.queryParam("cell", cell);
        }
        return with(b, false);
    }

    /** The dossiers overdue now, of the whole scope or of one agency's row. */
    public String overdue(String row) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/staff/dashboard/overdue");
        if (row != null) {
            b.queryParam("row", row);
        }
        return with(b, false);
    }

    private String with(UriComponentsBuilder b, boolean period) {
        if (period && !blank(from)) {
            b.queryParam("from", from);
        }
        if (period && !blank(to)) {
            b.queryParam("to", to);
        }
        if (!blank(agency)) {
            b.queryParam("agency", agency.trim());
        }
        return b.build().encode().toUriString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
