package vn.motcua.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.RawHttp;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the servlet container or the security firewall cannot read, over real HTTP (MockMvc
 * decodes the query string itself and never meets them): a 400 with the parameter named where there
 * is one (problem details on the API, the Vietnamese error page on pages), a log line, no stack
 * trace. Then the browser-facing answers: the security headers and the Swagger UI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTest {

    @LocalServerPort
    int port;

    /** Query strings the container refuses to decode, and one the firewall refuses ({@code a\u0001b}). */
    static final Map<String, String> MALFORMED = Map.of("=x", "", "a=%ZZ", "a", "x=%FF", "x", "a%01b=1", "a\\u0001b");

    @ParameterizedTest(name = "?{0}")
    @ValueSource(strings = { "=x", "a=%ZZ", "x=%FF", "a%01b=1" })
    void aMalformedQueryStringIsA400OnTheApiAndOnPagesWithoutAStackTrace(String query, CapturedOutput output)
            throws IOException {
        RawHttp http = new RawHttp(port);
        int logged = output.getOut().length();

        RawHttp.Response api = http.get("/api/v1/procedures?" + query, null);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.header("content-type")).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(api.body(), "$.message.vi")).isNotBlank();
        assertThat((String) JsonPath.read(api.body(), "$.message.en")).isNotBlank();
        String field = MALFORMED.get(query);
        if (field.isEmpty()) {
            assertThat((String) JsonPath.read(api.body(), "$.type")).isEqualTo("urn:motcua:problem:bad-request");
            assertThat((String) JsonPath.read(api.body(), "$.message.vi")).isEqualTo("Chuỗi tham số trên địa chỉ không hợp lệ.");
        } else {
            assertThat((String) JsonPath.read(api.body(), "$.errors[0].field")).isEqualTo(field);
            assertThat((String) JsonPath.read(api.body(), "$.errors[0].message.vi")).isNotBlank();
            assertThat((String) JsonPath.read(api.body(), "$.errors[0].message.en")).isNotBlank();
        }

        for (String page : List.of("/login?", "/thong-ke?", "/staff?")) {
            RawHttp.Response answer = http.get(page + query, null);
            assertThat(answer.status()).as(page + query).isEqualTo(400);
            assertThat(answer.header("content-type")).startsWith("text/html");
            assertThat(answer.body()).contains("<html lang=\"vi\"", "Về trang chủ", "HTTP 400");
        }
        String log = output.getOut().substring(logged) + output.getErr();
        assertThat(log).contains("Refused GET /api/v1/procedures").doesNotContain("\tat ", "Exception", "ERROR");
    }

    @Test
    void aNulInAQueryParameterIsA400NamingIt(CapturedOutput output) throws IOException {
        RawHttp.Response answer = new RawHttp(port).get("/api/v1/procedures?q=a%00b", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].field")).isEqualTo("q");
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].message.vi")).contains("NUL");
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].message.en")).contains("NUL");
        assertThat(output.getOut()).doesNotContain("\tat ");
    }

    @Test
    void aBidiOverrideOrAControlCharacterInAPathSegmentIsA400() throws IOException {
        RawHttp http = new RawHttp(port);
        for (String path : List.of("/api/v1/procedures/a%E2%80%AEb", "/api/v1/procedures/a%01b")) {
            RawHttp.Response answer = http.get(path, null);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
        }
    }

    @Test
    void whatTheFirewallRefusesIsA400ProblemOnTheApiAndTheErrorPageElsewhere(CapturedOutput output) throws IOException {
        RawHttp http = new RawHttp(port);
        RawHttp.Response api = http.get("/api/v1/procedures;jsessionid=x", null);
        assertThat(api.status()).isEqualTo(400);
        assertThat((String) JsonPath.read(api.body(), "$.type")).isEqualTo("urn:motcua:problem:bad-request");
        assertThat((String) JsonPath.read(api.body(), "$.message.en")).contains("refused");
        RawHttp.Response page = http.get("/login;x=1", null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Yêu cầu bị từ chối");
        assertThat(output.getOut()).contains("Refused GET /api/v1/procedures;jsessionid=x").doesNotContain("\tat ");
    }

    @Test
    void pagesAndTheApiSendPermissionsPolicyAndCrossOriginOpenerPolicy() throws IOException {
        RawHttp http = new RawHttp(port);
        for (String path : List.of("/login", "/api/v1/fields", "/api/v1/agencies", "/api/v1/docs")) {
            RawHttp.Response answer = http.get(path, null);
            assertThat(answer.header("permissions-policy")).as(path)
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(answer.header("cross-origin-opener-policy")).as(path).isEqualTo("same-origin");
        }
    }

    @Test
    void theSwaggerUiIsAtApiV1Docs() throws IOException {
        RawHttp http = new RawHttp(port);
        String target = "/api/v1/docs";
        RawHttp.Response answer = http.get(target, null);
        for (int hops = 0; hops < 5 && answer.status() / 100 == 3; hops++) {
            target = answer.header("location").replaceFirst("^https?://[^/]+", "");
            answer = http.get(target, null);
        }
        assertThat(answer.status()).as(target).isEqualTo(200);
        assertThat(answer.body()).contains("swagger-ui");
        assertThat(http.get("/api/v1/swagger-ui/swagger-initializer.js", null).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/openapi/swagger-config", null).body()).contains("/api/v1/openapi");
    }
}
