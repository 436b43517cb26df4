package vn.motcua.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.platform.security.Role;
import vn.motcua.support.Browser;
import vn.motcua.support.TestData;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier pages in a real browser with axe-core: the worklist, reception (search as you type,
 * the form with its errors, the receipt), the dossier page and the search, for a reception officer
 * whose agency has a procedure and a dossier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class DossierPagesE2ETest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theReceptionOfficersPagesAreAccessible() throws Exception {
        long agency = data.agency("Sở thử nghiệm trình duyệt", null);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String leader = data.officer(agency, Role.LEADER, agency);
        String procedure = publishProcedure(data.agencyCode(agency));
        String existing = receive(reception, procedure);
        browser = new Browser(port);

        browser.login(reception, TestData.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/worklist");
        checkAccessible("/staff/worklist?tab=RETURN");
        checkAccessible("/staff/worklist?tab=PROCESS");
        checkAccessible("/staff/dossiers?q=" + existing);
        checkAccessible("/staff/dossiers/" + existing);

        browser.open("/staff/reception");
        browser.driver().findElement(By.id("q")).sendKeys("thu tuc thu nghiem " + procedure.toLowerCase());
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#procedure-results a")));
        assertThat(browser.accessibilityViolations()).as("reception search").isEmpty();
        browser.driver().findElement(By.cssSelector("#procedure-results a")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicant.name")));
        // Enter in a field submits with the first button, "Tiếp nhận": the keyboard way at the counter.
        browser.driver().findElement(By.id("applicant.name")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.accessibilityViolations()).as("reception form with errors").isEmpty();

        browser.driver().findElement(By.id("applicant.name")).sendKeys("Phạm Thị Mai");
        browser.driver().findElement(By.id("applicant.idNumber")).sendKeys("001190054321");
        browser.driver().findElement(By.id("doc-0")).sendKeys(" ");
        assertThat(browser.driver().findElement(By.id("doc-0")).isSelected()).isTrue();
        browser.driver().findElement(By.id("applicant.idNumber")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-code")));
        String code = browser.driver().findElement(By.id("dossier-code")).getText();
        assertThat(code).startsWith(data.agencyCode(agency) + "-");
        assertThat(browser.driver().findElement(By.id("appointment")).getText())
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(browser.accessibilityViolations()).as("receipt").isEmpty();
        checkAccessible("/staff/dossiers/" + code);

        // A leader's dossier page: every action form opened, then one refused for a missing reason.
        browser.clickAndWait(By.cssSelector("form[action$='/logout'] button"));
        browser.login(leader, TestData.PASSWORD);
        browser.open("/staff/dossiers/" + existing);
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        js.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        assertThat(browser.driver().findElements(By.cssSelector("details form"))).hasSizeGreaterThan(2);
        assertThat(browser.accessibilityViolations()).as("leader's dossier page").isEmpty();
        browser.driver().findElement(By.id("stop-note")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        assertThat(browser.driver().findElement(By.id("form-errors")).getText()).contains("Lý do dừng xử lý");
        assertThat(browser.accessibilityViolations()).as("action form with errors").isEmpty();
    }

    private void checkAccessible(String path) {
        browser.open(path);
        assertThat(browser.driver().findElements(By.tagName("h1"))).as(path).isNotEmpty();
        assertThat(browser.accessibilityViolations()).as(path).isEmpty();
    }

    private String publishProcedure(String agencyCode) throws Exception {
        String field = TestData.unique("LV");
        call("PUT", "/api/v1/catalog/fields/" + field, "admin", "QuanTri@Test-2026",
                "{\"code\":\"" + field + "\",\"name\":\"Lĩnh vực thử\"}");
        String code = TestData.unique("9.");
        call("PUT", "/api/v1/catalog/procedures/" + code, "admin", "QuanTri@Test-2026", """
                {"code":"%s","name":"Thủ tục thử nghiệm %s","field":"%s","levels":["PROVINCE"],"agency":"%s",
                 "chain":[],"timeLimit":{"amount":5,"unit":"WORKING_DAYS"},"fees":[],
                 "documents":[{"name":"Tờ khai","originals":1,"copies":0,"required":true}],
                 "result":"Giấy phép","onlineLevel":"PARTIAL","onTheSpot":"NONE","applicants":["CITIZEN"],
                 "anyResidence":false,"active":true,"process":[
                 {"name":"Tiếp nhận","role":"RECEPTION","agency":"RESOLVING","share":{"amount":4,"unit":"WORKING_HOURS"}},
                 {"name":"Thẩm định","role":"SPECIALIST","agency":"RESOLVING","share":{"amount":16,"unit":"WORKING_HOURS"}},
                 {"name":"Phê duyệt","role":"LEADER","agency":"RESOLVING","share":{"amount":8,"unit":"WORKING_HOURS"}},
                 {"name":"Trả kết quả","role":"RECEPTION","agency":"RESOLVING","share":{"amount":0,"unit":"WORKING_HOURS"}}]}
                """.formatted(code, code, field, agencyCode));
        return code;
    }

    private String receive(String user, String procedure) throws Exception {
        String body = call("POST", "/api/v1/dossiers/intake", user, TestData.PASSWORD, """
                {"procedureCode":"%s","channel":"DIRECT","delivery":"COUNTER",
                 "applicant":{"kind":"CITIZEN","name":"Nguyễn Thị Lan","idNumber":"001190012345","phone":"0912345678"},
                 "documents":[{"requirement":"Tờ khai","fileName":"Bản giấy"}],"decision":"RECEIVE"}
                """.formatted(procedure));
        return com.jayway.jsonpath.JsonPath.read(body, "$.code");
    }

    private String call(String method, String path, String user, String password, String json) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }
}
