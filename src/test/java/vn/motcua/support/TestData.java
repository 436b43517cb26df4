package vn.motcua.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.organization.OfficerAccounts;
import vn.motcua.platform.security.Role;

/**
 * Creates agencies and officers with unique codes straight in the database, for tests that need
 * actors other than the bootstrap administrator. Never assumes an empty database.
 */
@Component
public class TestData {

    public static final String PASSWORD = "Test-Passw0rd";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final JdbcClient jdbc;
    private final OfficerAccounts accounts;
    private final TransactionTemplate tx;

    TestData(JdbcClient jdbc, OfficerAccounts accounts, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tx = tx;
    }

    /** A unique suffix for codes and usernames. */
    public static String unique(String prefix) {
        return prefix + RUN + SEQUENCE.incrementAndGet();
    }

    public long agency(String name, Long parentId) {
        var keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into agency (code, name, type, level, parent_id, active, version, created_at, updated_at)
                values (:code, :name, 'DEPARTMENT', 'PROVINCE', :parent, true, 0, :now, :now)
                """).param("code", unique("T")).param("name", name).param("parent", parentId).param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A citizen account (as VNeID or the portal will create them); returns the username. */
    public String citizen(org.springframework.security.crypto.password.PasswordEncoder encoder) {
        String username = unique("c");
        jdbc.sql("""
                insert into account (username, password_hash, kind, display_name, enabled, created_at)
                values (:u, :h, 'CITIZEN', :d, true, :now)
                """).param("u", username).param("h", encoder.encode(PASSWORD)).param("d", "Công dân " + username)
                .param("now", Timestamp.from(Instant.now())).update();
        return username;
    }

    public String agencyCode(long agencyId) {
        return jdbc.sql("select code from agency where id = :id").param("id", agencyId).query(String.class).single();
    }

    public long officerId(String username) {
        return jdbc.sql("select officer_id from account where username = :u").param("u", username)
                .query(Long.class).single();
    }

    /** An officer of {@code agencyId} holding {@code role} there (agency null in the role = province-wide); returns the username. */
    public String officer(long agencyId, Role role, Long roleAgencyId) {
        String username = unique("u");
        tx.executeWithoutResult(s -> {
            var keys = new GeneratedKeyHolder();
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("""
                    insert into officer (full_name, position, agency_id, active, version, created_at, updated_at)
                    values (:name, 'Chuyên viên', :agency, true, 0, :now, :now)
                    """).param("name", "Nguyễn Văn " + username).param("agency", agencyId).param("now", now)
                    .update(keys, "id");
            long officerId = keys.getKeyAs(Number.class).longValue();
            if (role != null) {
                jdbc.sql("insert into officer_role (officer_id, role, agency_id) values (:o, :r, :a)")
                        .param("o", officerId).param("r", role.name()).param("a", roleAgencyId).update();
            }
            accounts.create(officerId, username, "Nguyễn Văn " + username, PASSWORD);
        });
        return username;
    }
}
