package vn.motcua.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageIsInVietnamese() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập hệ thống")))
                .andExpect(content().string(containsString("Mật khẩu")));
    }

    @Test
    void bootstrapAdministratorLogsInWithTheConfiguredPassword() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("QuanTri@Test-2026"))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
                .andExpect(redirectedUrl("/staff"));
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(formLogin("/login").user("nobody-here").password("whatever123"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void apiWithoutCredentialsAnswersProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/officers")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.message.vi").value("Vui lòng đăng nhập để tiếp tục."))
                .andExpect(jsonPath("$.message.en").value("Please log in to continue."));
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
