package vn.motcua.organization.unit;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Accounts for authorization tests, created directly in the database with unique names. */
final class TestAccounts {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "QuanTri@Test-2026";
    static final String PASSWORD = "Officer@Test-2026";

    private TestAccounts() {
    }

    /** An account holding RECEPTION for the whole province, and no ADMIN role; answers its username. */
    static String receptionist(JdbcClient jdbc, PasswordEncoder encoder) {
        String username = "unit-reception-" + System.nanoTime();
        jdbc.sql("""
                insert into account (username, password_hash, kind, display_name, created_at)
                values (:u, :p, 'OFFICER', 'Cán bộ tiếp nhận', :at)""")
                .param("u", username).param("p", encoder.encode(PASSWORD))
                .param("at", Timestamp.from(Instant.now())).update();
        jdbc.sql("""
                insert into account_role (account_id, role, agency_id)
                select id, 'RECEPTION', null from account where username = :u""").param("u", username).update();
        return username;
    }

    /** A logged-in page session (pages use the form login, not HTTP Basic). */
    static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession();
    }
}
