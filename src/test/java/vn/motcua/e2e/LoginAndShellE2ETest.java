package vn.motcua.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Browser;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page and the workspace shell in a real browser: language, accessibility, text size, contrast. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class LoginAndShellE2ETest {

    static Browser browser;

    @LocalServerPort
    int port;

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void loginPageIsVietnameseAndAccessible() {
        browser().open("/login");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập hệ thống");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void administratorLogsInAndReachesTheWorkspace() {
        browser().login("admin", "QuanTri@Test-2026");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Xin chào");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(By.cssSelector("form[action$='/logout'] button"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login?logout");
    }

    @Test
    void everyAdministrationPageIsAccessible() {
        browser().login("admin", "QuanTri@Test-2026");
        for (String path : java.util.List.of("/staff/agencies", "/staff/agencies/new", "/staff/desks",
                "/staff/officers", "/staff/officers/new", "/staff/admin-units", "/staff/calendar?year=2025",
                "/staff/procedures", "/staff/procedures/new", "/staff/procedures/import", "/staff/dossier-import",
                "/staff/audit")) {
            browser.open(path);
            assertThat(browser.driver().findElements(By.tagName("h1"))).as(path).isNotEmpty();
            assertThat(browser.accessibilityViolations()).as(path).isEmpty();
        }
        browser.clickAndWait(By.cssSelector("form[action$='/logout'] button"));
    }

    @Test
    void textSizeAndContrastChoicesSurviveAReload() {
        browser().open("/login");
        var js = (JavascriptExecutor) browser.driver();
        String before = (String) js.executeScript("return getComputedStyle(document.documentElement).fontSize");
        browser.driver().findElement(By.cssSelector("[data-font=larger]")).click();
        browser.driver().findElement(By.cssSelector("[data-contrast]")).click();
        browser.open("/login");
        String after = (String) js.executeScript("return getComputedStyle(document.documentElement).fontSize");
        assertThat(Double.parseDouble(after.replace("px", ""))).isGreaterThan(Double.parseDouble(before.replace("px", "")));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("class")).contains("high-contrast");
        browser.driver().findElement(By.cssSelector("[data-font=normal]")).click();
        browser.driver().findElement(By.cssSelector("[data-contrast]")).click();
    }
}
