package vn.motcua.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Dates, instants, years and numbers at and past the ends of the calendar on every endpoint and page
 * that takes one: a 4xx with the field named (problem details on the API, an inline message or the
 * error page on pages), never a 500 and never a stack trace. {@code {v}} is replaced by the value.
 */
@IntegrationTest
class ExtremeInputTest {

    /** ISO dates: the calendar's ends, year zero, an impossible day, a bare number; then the lenient ones. */
    static final List<String> ISO_DATES = List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01",
            "2026-02-30", "99999999999", "+10000-01-01");
    /** The same dates as typed on the staff pages (dd/MM/yyyy). */
    static final List<String> PAGE_DATES = List.of("31/12/999999999", "01/01/-999999999", "01/01/0000",
            "30/02/2026", "99999999999", "01/01/10000");
    static final List<String> YEARS = List.of("999999999", "-999999999", "0", "99999999999", "1899", "abc");
    /** Valid-looking values that an endpoint may accept or refuse, but never with a 500. */
    static final List<String> LENIENT = List.of("9999-12-31", "1900-01-01", "");
    static final List<String> LENIENT_YEARS = List.of("9999", "10000", "");

    static final List<String> API_DATES = List.of(
            "/api/v1/calendar/days?from={v}&to=2026-12-31",
            "/api/v1/calendar/days?from=2026-01-01&to={v}",
            "/api/v1/calendar/lunar/{v}",
            "/api/v1/calendar/due?start={v}T00:00:00Z&workingDays=1",
            "/api/v1/registers/receipts?agency={agency}&from={v}&to=2026-11-30",
            "/api/v1/registers/receipts?agency={agency}&from=2026-11-01&to={v}",
            "/api/v1/reports/resolution?from={v}&to=2026-11-30",
            "/api/v1/reports/dashboard?from=2026-11-01&to={v}");
    static final List<String> API_YEARS = List.of(
            "/api/v1/calendar/decided-days?year={v}",
            "/api/v1/calendar/decided-days/export?year={v}",
            "/api/v1/public/statistics?period=month&year={v}&month=1");
    static final List<String> PAGE_ISO_DATES = List.of(
            "/staff/reports/resolution?from={v}&to=2026-11-30",
            "/staff/dashboard?from=2026-11-01&to={v}");
    static final List<String> PAGE_TYPED_DATES = List.of("/staff/dossiers?from={v}", "/staff/dossiers?to={v}");
    static final List<String> PAGE_YEARS = List.of("/staff/calendar?year={v}", "/staff/calendar/export?year={v}",
            "/thong-ke?period=month&year={v}&month=1");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    static Stream<Arguments> refused() {
        return Stream.of(cross(API_DATES, ISO_DATES), cross(API_YEARS, YEARS), cross(PAGE_ISO_DATES, ISO_DATES),
                cross(PAGE_TYPED_DATES, PAGE_DATES), cross(PAGE_YEARS, YEARS)).flatMap(s -> s);
    }

    static Stream<Arguments> lenient() {
        return Stream.of(cross(API_DATES, LENIENT), cross(API_YEARS, LENIENT_YEARS),
                cross(PAGE_ISO_DATES, LENIENT), cross(PAGE_YEARS, LENIENT_YEARS)).flatMap(s -> s);
    }

    private static Stream<Arguments> cross(List<String> uris, List<String> values) {
        return uris.stream().flatMap(u -> values.stream().map(v -> Arguments.of(u, v)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("refused")
    void valuesOutsideTheCalendarAreFieldErrors(String template, String value) throws Exception {
        MvcResult result = call(template, value);
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        noServerError(template, value, status, body);
        if (template.startsWith("/api")) {
            assertThat(status).as(template + " " + value).isEqualTo(400);
            assertThat(body).as(template + " " + value).contains("\"errors\"", "\"field\"");
        } else if (status == 200) {
            assertThat(body).as(template + " " + value).contains("is-invalid");
        } else {
            assertThat(status).as(template + " " + value).isBetween(400, 499);
        }
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("lenient")
    void valuesAtTheEdgesAreAnsweredOrRefusedButNeverFail(String template, String value) throws Exception {
        MvcResult result = call(template, value);
        noServerError(template, value, result.getResponse().getStatus(), result.getResponse().getContentAsString());
    }

    private static void noServerError(String template, String value, int status, String body) {
        assertThat(status).as(template + " " + value).isLessThan(500).isNotIn(Set.of(302, 401));
        assertThat(body).as(template + " " + value).doesNotContain("Exception", "\tat ", "java.lang",
                "org.springframework");
    }

    private MvcResult call(String template, String value) throws Exception {
        long agency = data.agency(TestData.unique("Extreme"), null);
        String officer = data.officer(agency, Role.RECEPTION, agency);
        String uri = template.replace("{agency}", data.agencyCode(agency));
        var request = get(URI.create(uri.replace("{v}", URLEncoder.encode(value, StandardCharsets.UTF_8))));
        if (uri.startsWith("/api/v1/registers")) {
            request.with(httpBasic(officer, TestData.PASSWORD));
        } else if (uri.startsWith("/api")) {
            request.with(httpBasic("admin", "QuanTri@Test-2026"));
        } else if (uri.startsWith("/staff")) {
            request.session(Sessions.admin(mvc));
        }
        return mvc.perform(request).andReturn();
    }
}
