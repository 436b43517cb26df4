package vn.motcua.dossier.importing;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.platform.jobs.JobRuns;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imported dossiers in use: the admin page imports a file with a progress bar, the dossiers appear in
 * the public lookup and the staff search, their page opens, and an open one is worked on as usual.
 */
@IntegrationTest
class DossierImportUseTest {

    private static final Pattern JOB = Pattern.compile("/staff/dossier-import/([0-9a-f-]{36})");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JobRuns runs;

    long agency;
    String agencyCode;
    String procedure;
    String done;
    String open;

    @BeforeEach
    void importedThroughTheAdminPage() throws Exception {
        agency = data.agency("Sở thử dùng hồ sơ nhập", null);
        agencyCode = data.agencyCode(agency);
        procedure = DossierTestSupport.procedure(mvc, agencyCode);
        done = TestData.unique("USE-");
        open = TestData.unique("USE-");
        String file = ImportLines.ndjson(List.of(ImportLines.returned(done, procedure, agencyCode),
                ImportLines.processing(open, procedure, agencyCode))) + "không phải JSON\n";
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(get("/staff/dossier-import").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập hồ sơ từ hệ thống cũ")));
        String page = mvc.perform(multipart("/staff/dossier-import")
                .file(new MockMultipartFile("file", "cu.ndjson", "application/x-ndjson", file.getBytes("UTF-8")))
                .session(admin).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (int polls = 0; !page.contains("Đã nhập") && polls < 600; polls++) {
            Matcher job = JOB.matcher(page);
            assertThat(job.find()).as(page).isTrue();
            Thread.sleep(50);
            page = mvc.perform(get("/staff/dossier-import/{id}", job.group(1)).session(admin))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(page).contains("Đã nhập 2 hồ sơ, 0 hồ sơ không thay đổi (đã nhập trước đó), 1 dòng bị từ chối.")
                .contains("Dòng không phải là một đối tượng JSON hợp lệ.");
    }

    @Test
    void aResolvedDossierAlreadyHandedBackIsStoredAsReturned() throws Exception {
        String code = TestData.unique("CU-TRA");
        var line = ImportLines.with(ImportLines.returned(code, procedure, agencyCode), "status", "RESOLVED");
        mvc.perform(post("/api/v1/dossiers/import").contentType("application/x-ndjson")
                .content(ImportLines.ndjson(List.of(line))).with(httpBasic("admin", "QuanTri@Test-2026")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", "0912345678"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnedAt").value("2022-01-11T03:00:00Z"));
    }

    @Test
    void theApplicantFindsAnImportedDossierInThePublicLookup() throws Exception {
        mvc.perform(get("/api/v1/public/dossiers/{code}", done).param("contact", "0912345678"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.stage").value("RETURNED"))
                .andExpect(jsonPath("$.returnedAt").value("2022-01-11T03:00:00Z"));
        mvc.perform(get("/api/v1/public/dossiers/{code}", open).param("contact", "017090001234"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("PROCESSING"));
    }

    @Test
    void officersFindImportedDossiersInTheSearchAndOpenTheirPage() throws Exception {
        MockHttpSession reception = Sessions.login(mvc, data.officer(agency, Role.RECEPTION, agency),
                TestData.PASSWORD);
        mvc.perform(get("/staff/dossiers").param("q", done).session(reception)).andExpect(status().isOk())
                .andExpect(content().string(containsString(done)));
        for (String code : List.of(done, open)) {
            mvc.perform(get("/staff/dossiers/{code}", code).session(reception)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Nhập từ hệ thống cũ")));
        }
    }

    @Test
    void importedOpenDossiersAreWorkedOnFromTheirFirstProcessingStep() throws Exception {
        String specialist = data.officer(agency, Role.SPECIALIST, agency);
        mvc.perform(get("/api/v1/worklist").with(httpBasic(specialist, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(open)));
        mvc.perform(post("/api/v1/dossiers/{code}/actions/forward", open)
                .with(httpBasic(specialist, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROCESSING"))
                .andExpect(jsonPath("$.stepRole").value("LEADER"))
                .andExpect(jsonPath("$.dueAt").value("2022-01-12T10:00:00Z"));

        // A paused one waits with its clock stopped and resumes from there.
        String paused = TestData.unique("USE-");
        mvc.perform(post("/api/v1/dossiers/import").with(httpBasic("admin", "QuanTri@Test-2026"))
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .content(ImportLines.json(ImportLines.with(ImportLines.processing(paused, procedure, agencyCode),
                        "status", "PAUSED")))).andExpect(jsonPath("$.imported").value(1));
        mvc.perform(post("/api/v1/dossiers/{code}/actions/resume", paused)
                .with(httpBasic(specialist, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROCESSING"))
                .andExpect(jsonPath("$.stepRole").value("SPECIALIST"));
    }

    @Test
    void anImportStillRunningShowsItsProgressBarAndPollsForMore() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        String id = runs.start(DossierImportJobs.KIND, progress -> {
            progress.advanced(3, 10);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        try {
            MockHttpSession admin = Sessions.admin(mvc);
            String page = "";
            for (int polls = 0; !page.contains("3/10") && polls < 200; polls++) {
                Thread.sleep(50);
                page = mvc.perform(get("/staff/dossier-import/{id}", id).session(admin)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
            }
            assertThat(page).contains("role=\"progressbar\"").contains("aria-valuenow=\"30\"")
                    .contains("hx-get=\"/staff/dossier-import/" + id + "\"").contains("hx-trigger=\"every 1s\"")
                    .contains("Đang nhập: 3/10 dòng");
        } finally {
            release.countDown();
        }
    }
}
