package vn.motcua.identity;

import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No server session before login (issue 12, finding 5), counted where sessions live: Tomcat's
 * session manager of a real server on a random port, driven by a real HTTP client (MockMvc would
 * not count them). Login still takes a CSRF token and changes the session id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class SessionsBeforeLoginTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Manager sessions() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager();
    }

    @Test
    void threeHundredAnonymousPageViewsCreateNoSession() throws Exception {
        long created = sessions().getSessionCounter();
        int active = sessions().getActiveSessions();
        int sessionCookies = 0;
        for (int i = 0; i < 100; i++) {
            for (String path : List.of("/login", "/thong-ke", "/khong-co-trang-nay-" + i)) {
                HttpResponse<String> response = send(get(path), Map.of());
                assertThat(response.statusCode()).as(path).isIn(200, 302, 404);
                sessionCookies += cookies(response).containsKey("JSESSIONID") ? 1 : 0;
            }
        }
        // A visitor who keeps cookies (the CSRF cookie, the remembered staff page) gets none either.
        Map<String, String> jar = new LinkedHashMap<>();
        for (String path : List.of("/login", "/staff/officers", "/thong-ke", "/login?lang=en", "/", "/error/403")) {
            HttpResponse<String> response = send(get(path), jar);
            keep(jar, response);
        }
        assertThat(sessionCookies).isZero();
        assertThat(jar).doesNotContainKey("JSESSIONID");
        assertThat(sessions().getSessionCounter() - created).isZero();
        assertThat(sessions().getActiveSessions()).isLessThanOrEqualTo(active);
    }

    @Test
    void loginNeedsTheFormsCsrfTokenChangesTheSessionIdAndReturnsToTheAskedPage() throws Exception {
        Map<String, String> jar = new LinkedHashMap<>();
        // A staff page asked for before login is remembered in a cookie, not a session.
        HttpResponse<String> asked = send(get("/staff/officers"), jar);
        assertThat(asked.statusCode()).isEqualTo(302);
        keep(jar, asked);
        HttpResponse<String> page = send(get("/login"), jar);
        keep(jar, page);
        String token = find(CSRF_INPUT, page.body());
        assertThat(jar).containsKey("XSRF-TOKEN").doesNotContainKey("JSESSIONID");

        // Without the token, no login (and still no session).
        HttpResponse<String> forged = send(post("/login", Map.of("username", "admin", "password", ApiClientTest.ADMIN_PASSWORD)), jar);
        // Refused (to the login page or the error page), and still no session.
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("/login")).as("where the forged login leads")
                .doesNotContain("/staff");
        assertThat(cookies(forged)).doesNotContainKey("JSESSIONID");

        // With it, a session whose id is new even when the client offers one (session fixation).
        jar.put("JSESSIONID", "fixed-by-an-attacker");
        HttpResponse<String> login = send(post("/login", Map.of("username", "admin", "password",
                ApiClientTest.ADMIN_PASSWORD, "_csrf", token)), jar);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/staff/officers");
        String first = cookies(login).get("JSESSIONID");
        assertThat(first).isNotBlank().isNotEqualTo("fixed-by-an-attacker");
        keep(jar, login);
        HttpResponse<String> staff = send(get("/staff/officers"), jar);
        assertThat(staff.statusCode()).isEqualTo(200);

        // Logging in again from a session: its id changes again, and the old one stops working.
        String sessionToken = find(CSRF_META, staff.body());
        HttpResponse<String> again = send(post("/login", Map.of("username", "admin", "password",
                ApiClientTest.ADMIN_PASSWORD, "_csrf", sessionToken)), jar);
        assertThat(again.statusCode()).isEqualTo(302);
        String second = cookies(again).get("JSESSIONID");
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(send(get("/staff/officers"), Map.of("JSESSIONID", first)).statusCode()).isEqualTo(302);
        assertThat(send(get("/staff/officers"), Map.of("JSESSIONID", second)).statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").GET();
    }

    private HttpRequest.Builder post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> jar) throws Exception {
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keeps the cookies a response sets, as a browser does (a deleted one goes). */
    private static void keep(Map<String, String> jar, HttpResponse<?> response) {
        cookies(response).forEach((name, value) -> {
            if (value.isEmpty()) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        });
    }

    /** The cookies a response sets (a deleted one maps to the empty string). */
    private static Map<String, String> cookies(HttpResponse<?> response) {
        Map<String, String> set = new LinkedHashMap<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                set.put(cookie.getName(), cookie.getMaxAge() == 0 ? "" : cookie.getValue());
            }
        }
        return set;
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("pattern %s in the page", pattern).isTrue();
        return m.group(1);
    }
}
