package vn.motcua.reporting.statistics;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.dossier.counts.CountedFacts;
import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.support.Browser;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The public statistics page in a real browser, without login: readable, accessible, reachable from the footer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class PublicStatisticsE2ETest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DayCountLedger ledger;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anyoneSeesTheMonthAndTheQuarterByAgencyWithTheProvinceTotals() {
        String name = "Sở Thông tin công khai " + TestData.unique("E");
        long agency = data.agency(name, null);
        Instant now = Instant.now();
        insert(agency, now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofMinutes(1)));
        insert(agency, now.minus(Duration.ofMinutes(4)), null);
        // The figures are kept 5 minutes per node, and other tests of this context may have asked for the
        // current month before these dossiers existed: look later than that.
        clock.advance(Duration.ofMinutes(6));
        browser = new Browser(port);
        browser.open("/login");
        browser.clickAndWait(By.linkText("Thống kê công khai"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/thong-ke");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Thống kê kết quả giải quyết thủ tục hành chính");
        assertThat(browser.driver().findElement(By.tagName("caption")).getText()).startsWith("Số hồ sơ");
        var row = browser.driver().findElement(By.xpath("//tr[th[normalize-space()='" + name + "']]"));
        // received, carried over, resolved, early, on time, late, in progress, on-time rate
        assertThat(row.getText()).isEqualTo(name + " 2 0 1 1 0 0 1 100,00");
        assertThat(browser.driver().findElement(By.cssSelector("tfoot th")).getText()).isEqualTo("Toàn tỉnh");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(By.linkText("Quý này"));
        assertThat(browser.driver().findElement(By.tagName("strong")).getText()).startsWith("Quý ");
        assertThat(browser.driver().findElement(By.xpath("//tr[th[normalize-space()='" + name + "']]")).getText())
                .startsWith(name + " 2 ");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/thong-ke?period=quarter");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private void insert(long agency, Instant received, Instant finished) {
        jdbc.sql("""
                insert into dossier (code, procedure_code, procedure_version, procedure_name, field_code, level,
                    online_level, resolving_agency_id, receiving_agency_id, channel, delivery, status, received_at,
                    due_at, finished_at, applicant_kind, applicant_name, rule_set)
                values (:code, 'P', 1, 'Thủ tục thử', 'F', 'PROVINCE', 'FULL', :agency, :agency, 'ONLINE', 'COUNTER',
                    :status, :received, :due, :finished, 'CITIZEN', 'Nguyễn Văn A', 'NĐ118')
                """).param("code", TestData.unique("PE")).param("agency", agency)
                .param("status", finished == null ? "PROCESSING" : "RESOLVED")
                .param("received", Timestamp.from(received))
                .param("due", Timestamp.from(received.plus(Duration.ofDays(10))))
                .param("finished", finished == null ? null : Timestamp.from(finished)).update();
        // Rows written by SQL bring their report day counts along, as an import does.
        ledger.recordInserted(List.of(new CountedFacts(agency, "PROVINCE", finished == null ? "PROCESSING" : "RESOLVED",
                "ONLINE", received, received.plus(Duration.ofDays(10)), finished)));
    }
}
