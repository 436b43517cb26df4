package vn.motcua.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.platform.security.Role;
import vn.motcua.support.CountingPasswordEncoder;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordChangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    JsonMapper json;

    @Test
    void anOfficerChangesTheirPasswordAndTheOldOneStopsWorking() throws Exception {
        String user = data.officer(data.agency("Sở đổi mật khẩu", null), Role.CLERK, null);
        mvc.perform(post("/api/v1/account/password").with(httpBasic(user, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TestData.PASSWORD + "\",\"newPassword\":\"Moi-Mat-Khau-2026\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(user).password("Moi-Mat-Khau-2026")).andExpect(authenticated());
    }

    @Test
    void weakOrWrongPasswordsAreRefusedFieldByField() throws Exception {
        String user = data.officer(data.agency("Sở mật khẩu yếu", null), Role.CLERK, null);
        mvc.perform(post("/api/v1/account/password").with(httpBasic(user, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"sai-roi-123\",\"newPassword\":\"ngan\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='currentPassword')].message.vi").value("Mật khẩu hiện tại không đúng."))
                .andExpect(jsonPath("$.errors[?(@.field=='newPassword')].message.en")
                        .value("The password must have at least 12 characters."))
                .andExpect(jsonPath("$.errors[?(@.field=='newPassword')].message.vi")
                        .value("Mật khẩu phải có ít nhất 12 ký tự."));
        mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void commonPasswordsAndTheUsernameAreRefusedInBothLanguagesAndSpacesAreWelcome() throws Exception {
        String user = data.officer(data.agency("Sở chính sách mật khẩu", null), Role.CLERK, null);
        for (String common : new String[] { "matkhau123456", "Mật khẩu 2026!", "P@ssw0rd2026!", "123456789012",
                "Anhyeuem@2026", "iloveyou1234" }) {
            change(user, TestData.PASSWORD, common).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field=='newPassword')].message.vi")
                            .value(hasItem(containsString("quá phổ biến"))))
                    .andExpect(jsonPath("$.errors[?(@.field=='newPassword')].message.en")
                            .value(hasItem(containsString("too common"))));
        }
        change(user, TestData.PASSWORD, "Toi-la-" + user.toUpperCase() + "-2026").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='newPassword')].message.vi")
                        .value(hasItem("Mật khẩu không được chứa tên đăng nhập.")))
                .andExpect(jsonPath("$.errors[?(@.field=='newPassword')].message.en")
                        .value(hasItem("The password must not contain the username.")));
        change(user, TestData.PASSWORD, "x".repeat(100) + "y".repeat(29)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='newPassword')].message.en")
                        .value(hasItem(containsString("must not exceed 128 characters"))));
        // Past bcrypt's 72 bytes: refused with a field error, not a 500 (Vietnamese letters take 2–3 bytes).
        change(user, TestData.PASSWORD, "Đường về quê mẹ thật là xa, qua bao nhiêu cánh đồng lúa chín vàng")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='newPassword')].message.vi")
                        .value(hasItem(containsString("128 ký tự"))));
        // No composition rules: a long sentence with spaces, no digit, is a good password.
        change(user, TestData.PASSWORD, "cây tre trăm đốt ở làng quê").andExpect(status().isNoContent());
        mvc.perform(formLogin("/login").user(user).password("cây tre trăm đốt ở làng quê")).andExpect(authenticated());
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() throws Exception {
        String user = data.officer(data.agency("Sở đổi mật khẩu bị hãm", null), Role.CLERK, null);
        String address = LoginThrottleTest.address();
        clock.set(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        try {
            for (int i = 0; i < 5; i++) {
                change(user, "doan-sai-" + i, "Mot-Cau-Rat-Dai-2026", address).andExpect(status().isBadRequest());
            }
            long before = CountingPasswordEncoder.matches();
            change(user, TestData.PASSWORD, "Mot-Cau-Rat-Dai-2026", address)
                    .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"))
                    .andExpect(jsonPath("$.type").value("urn:motcua:problem:too-many-requests"));
            // Only HTTP Basic compared a password; the current password was not even checked.
            org.assertj.core.api.Assertions.assertThat(CountingPasswordEncoder.matches() - before).isEqualTo(1);
            clock.advance(java.time.Duration.ofSeconds(1));
            change(user, TestData.PASSWORD, "Mot-Cau-Rat-Dai-2026", address).andExpect(status().isNoContent());
        } finally {
            clock.reset();
        }
    }

    private ResultActions change(String user, String current, String next) throws Exception {
        return change(user, current, next, "127.0.0.1");
    }

    private ResultActions change(String user, String current, String next, String address) throws Exception {
        return mvc.perform(post("/api/v1/account/password").with(httpBasic(user, TestData.PASSWORD))
                .with(LoginThrottleTest.from(address)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("currentPassword", current, "newPassword", next))));
    }
}
