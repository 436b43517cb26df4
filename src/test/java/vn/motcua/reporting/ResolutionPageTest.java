package vn.motcua.reporting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ResolutionPageTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ReportFixtures fixtures;

    @Test
    void aMonitorSeesTheTableWithLinksToTheDossiersAndTheExcelExport() throws Exception {
        ReportFixtures fx = fixtures;
        var agency = fx.agency("Xã trang báo cáo", AdministrativeLevel.COMMUNE, null);
        String code = TestData.unique("PG");
        fx.insert(List.of(new ReportFixtures.Seed(code, agency.id(), agency.code(), "COMMUNE", "P", null, "FULL",
                "ONLINE", "RESOLVED", LocalDateTime.parse("2022-03-01T08:00").atZone(HANOI).toInstant(),
                LocalDateTime.parse("2022-03-10T17:00").atZone(HANOI).toInstant(),
                LocalDateTime.parse("2022-03-12T09:00").atZone(HANOI).toInstant())));
        String monitor = data.officer(agency.id(), Role.MONITOR, agency.id());
        MockHttpSession session = Sessions.login(mvc, monitor, TestData.PASSWORD);
        mvc.perform(get("/staff/reports/resolution").param("from", "2022-03-01").param("to", "2022-03-31")
                .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã trang báo cáo")))
                .andExpect(content().string(containsString("Quá hạn")))
                .andExpect(content().string(containsString(
                        "/staff/reports/resolution/dossiers?from=2022-03-01&amp;to=2022-03-31&amp;cell=resolvedLate&amp;row="
                                + agency.code())))
                .andExpect(content().string(containsString("/api/v1/reports/resolution.xlsx?from=2022-03-01")))
                .andExpect(content().string(containsString("/api/v1/reports/resolution.pdf?from=2022-03-01")))
                .andExpect(content().string(containsString("href=\"/staff/reports/resolution\"")));
        mvc.perform(get("/staff/reports/resolution/dossiers").param("from", "2022-03-01").param("to", "2022-03-31")
                .param("cell", "resolvedLate").param("row", agency.code()).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Đã xử lý xong"))); // the status in words, not RESOLVED
        mvc.perform(get("/staff/reports/resolution").param("from", "2022-03-31").param("to", "2022-03-01")
                .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")))
                .andExpect(content().string(not(containsString("<table"))));
        mvc.perform(get("/staff/reports/resolution").param("from", "2022-03-01").param("to", "2022-03-31")
                .param("desk", "KHONG-CO-QUAY").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy bộ phận một cửa có mã hoặc số KHONG-CO-QUAY.")))
                .andExpect(content().string(not(containsString("<table"))));
        mvc.perform(get("/staff/reports/resolution").session(session)).andExpect(status().isOk());
    }

    @Test
    void otherOfficersAreRefused() throws Exception {
        var agency = fixtures.agency("Xã khác", AdministrativeLevel.COMMUNE, null);
        String receptionist = data.officer(agency.id(), Role.RECEPTION, agency.id());
        MockHttpSession session = Sessions.login(mvc, receptionist, TestData.PASSWORD);
        mvc.perform(get("/staff/reports/resolution").session(session)).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("report.menu"))));
        mvc.perform(get("/staff/worklist").session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/staff/reports/resolution"))));
    }
}
