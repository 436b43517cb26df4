package vn.motcua.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        String user = data.officer(data.agency("Sở thử khóa", null), Role.SPECIALIST, null);
        mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user).password("wrong-password-" + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/api-clients").with(httpBasic(user, TestData.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message.vi").value(org.hamcrest.Matchers.containsString("tạm thời bị khóa")));
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() throws Exception {
        String user = data.officer(data.agency("Sở thử đặt lại", null), Role.SPECIALIST, null);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(formLogin("/login").user(user).password("wrong-" + i)).andExpect(unauthenticated());
            }
            mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD)).andExpect(authenticated());
        }
    }
}
