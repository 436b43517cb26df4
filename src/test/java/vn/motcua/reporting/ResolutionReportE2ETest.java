package vn.motcua.reporting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.support.Browser;
import vn.motcua.support.TestData;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The report page and its drill-down in a real browser, accessible (axe-core, WCAG 2.1 AA). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class ResolutionReportE2ETest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ReportFixtures fixtures;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theReportRendersGroupedByLevelAndEachNumberLeadsToItsDossiers() {
        ReportFixtures fx = fixtures;
        var province = fx.agency("Sở trình duyệt", AdministrativeLevel.PROVINCE, null);
        var commune = fx.agency("Xã trình duyệt", AdministrativeLevel.COMMUNE, province.id());
        String late = TestData.unique("E2E");
        fx.insert(List.of(
                seed(late, commune, "RESOLVED", "2022-03-01T08:00", "2022-03-10T17:00", "2022-03-12T09:00"),
                seed(TestData.unique("E2E"), province, "PROCESSING", "2022-03-05T08:00", "2022-04-10T17:00", null)));
        browser = new Browser(port);
        browser.login("admin", "QuanTri@Test-2026");
        browser.open("/staff/reports/resolution?from=2022-03-01&to=2022-03-31&agency=" + province.code());
        var groups = browser.driver().findElements(By.cssSelector("tbody th[scope=rowgroup]"));
        assertThat(groups).extracting(e -> e.getText()).containsExactly("Tỉnh", "Xã");
        assertThat(browser.driver().findElement(By.cssSelector("tfoot")).getText()).startsWith("Tổng cộng 2 2");
        assertThat(browser.driver().findElement(By.linkText("Xuất Excel")).getAttribute("href"))
                .contains("/api/v1/reports/resolution.xlsx?from=2022-03-01");
        assertThat(browser.driver().findElement(By.linkText("Tải PDF")).getAttribute("href"))
                .contains("/api/v1/reports/resolution.pdf?from=2022-03-01");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(By.cssSelector("a[href*='cell=resolvedLate'][href*='row=" + commune.code() + "']"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Quá hạn");
        assertThat(browser.driver().findElement(By.tagName("tbody")).getText()).contains(late);
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private static ReportFixtures.Seed seed(String code, ReportFixtures.Agency agency, String status, String received,
            String due, String finished) {
        return new ReportFixtures.Seed(code, agency.id(), agency.code(), agency.level().name(), "P", null, "FULL",
                "ONLINE", status, LocalDateTime.parse(received).atZone(HANOI).toInstant(),
                LocalDateTime.parse(due).atZone(HANOI).toInstant(),
                finished == null ? null : LocalDateTime.parse(finished).atZone(HANOI).toInstant());
    }
}
