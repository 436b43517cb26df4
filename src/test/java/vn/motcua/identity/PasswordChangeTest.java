package vn.motcua.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

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
                        .value("The password must have at least 10 characters."));
        mvc.perform(formLogin("/login").user(user).password(TestData.PASSWORD)).andExpect(authenticated());
    }
}
