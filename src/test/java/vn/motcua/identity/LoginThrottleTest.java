package vn.motcua.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.platform.security.Role;
import vn.motcua.support.CountingPasswordEncoder;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login throttling (issue 12, finding 6): delays per address and per account, never a lock that a
 * stranger can hold; one answer for every failure; the same bcrypt work for unknown accounts.
 * Every test comes from addresses of its own (the counts live in the shared database).
 */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    // The application's clock stands still unless a test moves it: waits are then exact, however
    // slow the machine.
    @BeforeEach
    void freezeClock() {
        clock.set(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An address no other test or run uses (IPv6 documentation range, random). */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "2001:db8:%x:%x:%x:%x::1".formatted(r.nextInt(0x10000), r.nextInt(0x10000), r.nextInt(0x10000),
                r.nextInt(0x10000));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcResult login(String user, String password, String address) throws Exception {
        return mvc.perform(formLogin(user, password, address)).andReturn();
    }

    /** The login form posted from {@code address}, with its CSRF token. */
    static MockHttpServletRequestBuilder formLogin(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    @Test
    void aStrangersFailuresFromOneAddressDoNotKeepTheOfficerOutElsewhere() throws Exception {
        String officer = data.officer(data.agency("Sở thử hãm", null), Role.SPECIALIST, null);
        String attacker = address();
        for (int i = 0; i < 30; i++) {
            mvc.perform(formLogin(officer, "doan-mo-" + i, attacker))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        // The attacker's address now waits, even with the right password: the page says the same words.
        mvc.perform(formLogin(officer, TestData.PASSWORD, attacker))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        // The officer at the office is not held back at all.
        mvc.perform(formLogin(officer, TestData.PASSWORD, address()))
                .andExpect(authenticated().withUsername(officer));
        // The wait grows with each failure (1 s after the fifth, 2 s after the sixth...) and then ends:
        // a delay, not a 15-minute lock.
        clock.advance(Duration.ofSeconds(1));
        login(officer, "doan-tiep", attacker);
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(formLogin(officer, TestData.PASSWORD, attacker))
                .andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(formLogin(officer, TestData.PASSWORD, attacker))
                .andExpect(authenticated());
    }

    @Test
    void aGuesserSpreadOverManyAddressesHoldsTheOfficerBackOnlyForAShortWait() throws Exception {
        String officer = data.officer(data.agency("Sở thử hãm rải", null), Role.SPECIALIST, null);
        for (int i = 0; i < 25; i++) {
            login(officer, "rai-doan-" + i, address());
        }
        String office = address();
        var refused = mvc.perform(basic(officer, TestData.PASSWORD, office)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        clock.advance(Duration.ofSeconds(retryAfter));
        mvc.perform(formLogin(officer, TestData.PASSWORD, office))
                .andExpect(authenticated());
    }

    @Test
    void oneAddressTryingSixtyUnknownAccountsIsThrottledWellBeforeTheSixtieth() throws Exception {
        String sprayer = address();
        int firstRefusal = 0;
        for (int i = 1; i <= 60 && firstRefusal == 0; i++) {
            int status = mvc.perform(basic(TestData.unique("khongco"), "Doan-Mo-2026!", sprayer)).andReturn()
                    .getResponse().getStatus();
            if (status == 429) {
                firstRefusal = i;
            } else {
                assertThat(status).isEqualTo(401);
            }
        }
        assertThat(firstRefusal).isBetween(2, 21);
        mvc.perform(get("/api/v1/officers").with(httpBasic(TestData.unique("khongco"), "x")).with(from(sprayer)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("urn:motcua:problem:too-many-requests"))
                .andExpect(jsonPath("$.message.vi").value(org.hamcrest.Matchers.containsString("quá nhiều lần")));
        // The login page answers a throttled attempt with the same words as any failure.
        mvc.perform(formLogin(ApiClientTest.ADMIN, ApiClientTest.ADMIN_PASSWORD, sprayer))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void unknownWrongAndDisabledAccountsGetTheSameAnswerAndTheSameBcryptWork() throws Exception {
        String wrong = data.officer(data.agency("Sở thử như nhau", null), Role.SPECIALIST, null);
        String disabled = data.officer(data.agency("Sở thử vô hiệu", null), Role.SPECIALIST, null);
        jdbc.sql("update account set enabled = false where username = :u").param("u", disabled).update();
        String unknown = TestData.unique("khongai");

        String[][] attempts = { { unknown, "Doan-Mo-2026!" }, { wrong, "Doan-Mo-2026!" },
                { disabled, TestData.PASSWORD } };
        String firstBody = null;
        for (String[] attempt : attempts) {
            long before = CountingPasswordEncoder.matches();
            mvc.perform(formLogin(attempt[0], attempt[1], address()))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
            assertThat(CountingPasswordEncoder.matches() - before).as("bcrypt for %s", attempt[0]).isEqualTo(1);

            before = CountingPasswordEncoder.matches();
            var api = mvc.perform(basic(attempt[0], attempt[1], address())).andReturn().getResponse();
            assertThat(CountingPasswordEncoder.matches() - before).isEqualTo(1);
            assertThat(api.getStatus()).isEqualTo(401);
            if (firstBody == null) {
                firstBody = api.getContentAsString();
            }
            assertThat(api.getContentAsString()).isEqualTo(firstBody);
        }
        assertThat(firstBody).contains("\"status\":401").doesNotContain("khóa").doesNotContain("vô hiệu");
    }

    @Test
    void aThrottledAttemptChecksNoPassword() throws Exception {
        String officer = data.officer(data.agency("Sở thử không băm", null), Role.SPECIALIST, null);
        String attacker = address();
        for (int i = 0; i < 5; i++) {
            login(officer, "sai-" + i, attacker);
        }
        long before = CountingPasswordEncoder.matches();
        assertThat(mvc.perform(basic(officer, TestData.PASSWORD, attacker)).andReturn().getResponse().getStatus())
                .isEqualTo(429);
        assertThat(CountingPasswordEncoder.matches()).isEqualTo(before);
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() throws Exception {
        String user = data.officer(data.agency("Sở thử đặt lại", null), Role.SPECIALIST, null);
        String desk = address();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(formLogin(user, "wrong-" + i, desk))
                        .andExpect(unauthenticated());
            }
            mvc.perform(formLogin(user, TestData.PASSWORD, desk))
                    .andExpect(authenticated());
        }
    }

    /** An API call with HTTP Basic from {@code address}. */
    private static RequestBuilder basic(String user, String password, String address) {
        return get("/api/v1/officers").with(httpBasic(user, password)).with(from(address));
    }
}
