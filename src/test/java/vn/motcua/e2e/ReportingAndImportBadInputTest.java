package vn.motcua.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Malformed parameters and the wrong people on every endpoint of the dossier import, the day counts,
 * the dashboard, the desk filter, the PDF and the public statistics: a 4xx answer (never a 500, never
 * a stack trace), and the roles the specification names.
 */
@IntegrationTest
class ReportingAndImportBadInputTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "QuanTri@Test-2026");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    static final List<String> MALFORMED_GETS = List.of(
            "/api/v1/reports/dashboard?from=abc&to=2026-13-45",
            "/api/v1/reports/dashboard?from=2026-11-30&to=2026-11-01",
            "/api/v1/reports/dashboard?from=2026-11-01",
            "/api/v1/reports/dashboard?agency=%00%27;--",
            "/api/v1/reports/dashboard?from=1900-01-01&to=9999-12-31",
            "/api/v1/reports/dashboard/late-analysis?from=x&to=y&agency=NOPE",
            "/api/v1/reports/dashboard/overdue?page=abc&size=-5",
            "/api/v1/reports/dashboard/overdue?page=-1&size=100000",
            "/api/v1/reports/dashboard/overdue?row=NOPE",
            "/api/v1/reports/dashboard/overdue?agency=NOPE",
            "/api/v1/reports/resolution?desk=99999999999999999999999",
            "/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30&desk=NOPE",
            "/api/v1/reports/resolution.pdf?from=abc&to=",
            "/api/v1/reports/resolution.pdf?from=2026-11-01&to=2026-11-30&desk=NOPE",
            "/api/v1/reports/resolution/dossiers?from=2026-11-01&to=2026-11-30&cell=nope&page=x",
            "/api/v1/public/statistics?period=week&year=abc&month=13",
            "/api/v1/public/statistics?period=month&year=99999999999999&month=1",
            "/api/v1/public/statistics?period=quarter&quarter=0",
            "/api/v1/public/statistics?year=2026",
            "/api/v1/public/statistics?year=2999&month=1",
            "/thong-ke?period=week&year=abc&month=13",
            "/thong-ke?year=2999&month=1",
            "/thong-ke?period=quarter&year=2026&quarter=5",
            "/staff/dashboard?from=abc&to=2026-13-45",
            "/staff/dashboard?agency=NOPE",
            "/staff/dashboard/overdue?page=abc&row=NOPE",
            "/staff/reports/resolution?desk=NOPE&from=2026-11-01&to=2026-11-30",
            "/staff/dossier-import/does-not-exist",
            "/staff/dossier-import/../../etc");

    @Test
    void malformedParametersAreClientErrorsWithoutStackTraces() throws Exception {
        var adminSession = Sessions.admin(mvc);
        for (String uri : MALFORMED_GETS) {
            var request = get(uri);
            if (uri.startsWith("/staff")) {
                request.session(adminSession);
            } else if (uri.startsWith("/api/v1/reports")) {
                request.with(ADMIN);
            }
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            assertThat(status).as(uri).isNotEqualTo(302).isNotEqualTo(401);
            String body = result.getResponse().getContentAsString();
            assertThat(status).as(uri).isLessThan(500);
            assertThat(body).as(uri).doesNotContain("Exception", "\tat ", "org.springframework", "java.lang");
        }
    }

    @Test
    void datesAtTheEndsOfTheCalendarAreFieldErrors() throws Exception {
        var adminSession = Sessions.admin(mvc);
        for (String path : List.of("/api/v1/reports/resolution", "/api/v1/reports/resolution.xlsx",
                "/api/v1/reports/resolution.pdf", "/api/v1/reports/dashboard", "/staff/reports/resolution",
                "/staff/dashboard")) {
            for (String[] period : List.of(new String[] { "+999999999-01-01", "+999999999-12-31" },
                    new String[] { "-999999999-01-01", "-999999999-01-02" },
                    new String[] { "+10000-01-01", "+10000-01-31" })) {
                var request = get(path).param("from", period[0]).param("to", period[1]);
                MvcResult result = mvc.perform(path.startsWith("/staff") ? request.session(adminSession)
                        : request.with(ADMIN)).andReturn();
                int status = result.getResponse().getStatus();
                assertThat(status).as(path + " " + period[0]).isIn(200, 400);
                if (path.startsWith("/api")) {
                    assertThat(status).as(path + " " + period[0]).isEqualTo(400);
                } else {
                    assertThat(result.getResponse().getContentAsString()).as(path + " " + period[0])
                            .contains("is-invalid");
                }
            }
        }
    }

    @Test
    void importRefusesMalformedBodiesWithoutServerErrors() throws Exception {
        List<byte[]> bodies = List.of(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, '\n' },
                "{\"code\":".getBytes(), "[1,2,3]\n\"text\"\nnull\n42\n".getBytes(),
                "{\"code\":{\"nested\":true},\"receivedAt\":[]}\n".getBytes(), new byte[0]);
        for (byte[] body : bodies) {
            MvcResult result = mvc.perform(post("/api/v1/dossiers/import").with(ADMIN)
                    .contentType("application/x-ndjson").content(body)).andReturn();
            assertThat(result.getResponse().getStatus()).as(new String(body)).isLessThan(500);
            assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "\tat ");
        }
        MvcResult json = mvc.perform(post("/api/v1/dossiers/import").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn();
        assertThat(json.getResponse().getStatus()).isBetween(400, 499);
    }

    @Test
    void onlyReportRolesSeeTheDashboardAndOnlyAProvinceAdminImports() throws Exception {
        long agency = data.agency("Sở rà soát quyền " + TestData.unique("A"), null);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String unitAdmin = data.officer(agency, Role.ADMIN, agency);
        String provinceLeader = data.officer(agency, Role.LEADER, null);
        RequestPostProcessor asReception = httpBasic(reception, TestData.PASSWORD);
        var receptionSession = Sessions.login(mvc, reception, TestData.PASSWORD);
        for (String uri : List.of("/api/v1/reports/dashboard", "/api/v1/reports/dashboard/late-analysis",
                "/api/v1/reports/dashboard/overdue", "/api/v1/reports/resolution.pdf?from=2026-11-01&to=2026-11-30")) {
            assertThat(status(get(uri).with(asReception))).as(uri).isEqualTo(403);
        }
        for (String uri : List.of("/staff/dashboard", "/staff/dashboard/overdue", "/staff/dossier-import")) {
            assertThat(status(get(uri).session(receptionSession))).as(uri).isEqualTo(403);
        }
        for (String user : List.of(unitAdmin, provinceLeader)) {
            RequestPostProcessor who = httpBasic(user, TestData.PASSWORD);
            var session = Sessions.login(mvc, user, TestData.PASSWORD);
            assertThat(status(get("/staff/dossier-import").session(session))).as(user).isEqualTo(403);
            assertThat(status(post("/api/v1/dossiers/import").with(who).contentType("application/x-ndjson")
                    .content("{}\n"))).as(user).isEqualTo(403);
            assertThat(status(multipart("/staff/dossier-import")
                    .file(new MockMultipartFile("file", "a.ndjson", "application/x-ndjson", "{}\n".getBytes()))
                    .session(session).with(csrf()))).as(user).isEqualTo(403);
        }
        // The menu offers the import to the province-wide administrator only.
        String unitAdminHome = mvc.perform(get("/staff").session(Sessions.login(mvc, unitAdmin, TestData.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(unitAdminHome).contains("href=\"/staff/agencies\"").doesNotContain("href=\"/staff/dossier-import\"");
        assertThat(mvc.perform(get("/staff").session(Sessions.admin(mvc))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/staff/dossier-import\"");
        assertThat(status(get("/api/v1/reports/dashboard"))).isEqualTo(401);
        assertThat(status(post("/api/v1/dossiers/import").contentType("application/x-ndjson").content("{}\n")))
                .isEqualTo(401);
    }

    @Test
    void theUploadFormNeedsItsCsrfToken() throws Exception {
        var session = Sessions.admin(mvc);
        assertThat(status(multipart("/staff/dossier-import")
                .file(new MockMultipartFile("file", "a.ndjson", "application/x-ndjson", "{}\n".getBytes()))
                .session(session))).isEqualTo(403);
    }

    @Test
    void theUploadFormWithoutAFileOrWithBinaryContentIsNoServerError() throws Exception {
        var session = Sessions.admin(mvc);
        MvcResult empty = mvc.perform(multipart("/staff/dossier-import").session(session).with(csrf())).andReturn();
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        MvcResult binary = mvc.perform(multipart("/staff/dossier-import")
                .file(new MockMultipartFile("file", "a.ndjson", "application/octet-stream",
                        new byte[] { (byte) 0xff, (byte) 0xd8, 0, 0, '\n', (byte) 0xc3 }))
                .session(session).with(csrf())).andReturn();
        assertThat(binary.getResponse().getStatus()).isEqualTo(200);
        assertThat(binary.getResponse().getContentAsString()).doesNotContain("Exception");
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
