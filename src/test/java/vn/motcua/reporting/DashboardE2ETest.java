package vn.motcua.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Role;
import vn.motcua.support.Browser;
import vn.motcua.support.TestData;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A leader's dashboard in a real browser: the tiles' numbers, the charts drawn, accessible (axe-core). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class DashboardE2ETest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    TestData data;
    @Autowired
    ReportFixtures fixtures;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLeaderSeesTodaysNumbersTheChartsAndTheLateAnalysis() {
        ReportFixtures fx = fixtures;
        var agency = fx.agency("Sở có bảng điều hành", AdministrativeLevel.PROVINCE, null);
        String leader = data.officer(agency.id(), Role.LEADER, agency.id());
        // Every instant lies between 00:00 today (Hà Nội) and now, so they are all "today".
        Instant now = Instant.now();
        Instant midnight = LocalDate.now(HANOI).atStartOfDay(HANOI).toInstant();
        Instant received = midnight.plus(Duration.between(midnight, now).dividedBy(2));
        Instant finished = received.plus(Duration.between(received, now).dividedBy(2));
        String resolved = TestData.unique("DB");
        String overdue = TestData.unique("DB");
        fx.insert(List.of(
                seed(resolved, agency, "RESOLVED", received, now.plus(Duration.ofDays(3)), finished),
                seed(overdue, agency, "PROCESSING", received, received.plusSeconds(1), null)));
        // The resolved dossier's appraisal: entered at receipt, handed over after its step was due.
        long id = jdbc.sql("select id from dossier where code = :c").param("c", resolved).query(Long.class).single();
        event(id, received, "RECEIVE", null, 1, null);
        event(id, finished, "FORWARD", 1, 2, received.plusSeconds(1));

        browser = new Browser(port);
        browser.login(leader, TestData.PASSWORD);
        browser.open("/staff/dashboard");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(
                "Bảng điều hành giải quyết thủ tục hành chính");
        assertThat(number("TODAY", "received")).isEqualTo("2");
        assertThat(number("TODAY", "resolved")).isEqualTo("1");
        assertThat(number("TODAY", "onTimeRate")).isEqualTo("100,00 %");
        assertThat(number("OVERDUE_NOW", "overdueNow")).isEqualTo("1");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector(".dashboard-chart canvas"), 3));
        WebElement steps = browser.driver().findElement(By.id("late-steps"));
        assertThat(steps.findElements(By.cssSelector("tbody tr"))).hasSize(1);
        assertThat(browser.driver().findElement(By.id("late-computed")).getText()).matches(
                "Số liệu phân tích lúc \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4} \\(giữ tối đa 5 phút\\)\\.");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(By.cssSelector("[data-tile=OVERDUE_NOW] a"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Hồ sơ quá hạn hiện tại");
        assertThat(browser.driver().findElement(By.tagName("tbody")).getText()).contains(overdue)
                .doesNotContain(resolved);
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private static String number(String tile, String name) {
        return browser.driver().findElement(By.cssSelector("[data-tile=" + tile + "] [data-number=" + name + "]"))
                .getText();
    }

    private void event(long dossier, Instant at, String action, Integer from, Integer to, Instant stepDue) {
        template.update("""
                insert into dossier_event (dossier_id, occurred_at, action, actor_name, from_status, to_status,
                    from_step, to_step, step_due_at)
                values (?, ?, ?, 'Người thử', 'PROCESSING', 'PROCESSING', ?, ?, ?)
                """, dossier, Timestamp.from(at), action, from, to, stepDue == null ? null : Timestamp.from(stepDue));
    }

    private static ReportFixtures.Seed seed(String code, ReportFixtures.Agency agency, String status,
            Instant received, Instant due, Instant finished) {
        return new ReportFixtures.Seed(code, agency.id(), agency.code(), agency.level().name(), "P", null, "FULL",
                "ONLINE", status, received, due, finished);
    }
}
