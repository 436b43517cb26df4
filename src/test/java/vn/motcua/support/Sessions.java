package vn.motcua.support;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Logs in through the real login form and returns the session, for page tests. */
public final class Sessions {

    private Sessions() {
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession(false);
        if (session == null) {
            throw new IllegalStateException("login failed for " + username);
        }
        return session;
    }

    /** The bootstrap administrator's password in the test profile (application-test.yml). */
    public static final String ADMIN_PASSWORD = "QuanTri@Test-2026";

    public static MockHttpSession admin(MockMvc mvc) throws Exception {
        return login(mvc, "admin", ADMIN_PASSWORD);
    }
}
