package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.motcua.catalog.CatalogTestData;
import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.organization.OfficerAccounts;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.support.TestData;

/**
 * What a module test of the dossier module (or of a module above it) needs without the identity and
 * web layers: an agency, a reception officer acting there, and a published procedure of that agency.
 * Officers get no login account ({@link NoAccounts}): the test acts through the services as the
 * officer a login would have made.
 */
public final class ModuleFixtures {

    /** The one port the organization module needs from identity, which a module test does not start. */
    public static final class NoAccounts implements OfficerAccounts {
        @Override
        public void create(long officerId, String username, String displayName, String rawPassword) {
            throw new UnsupportedOperationException("no accounts in a module test");
        }

        @Override
        public void setEnabled(long officerId, boolean enabled) {
            throw new UnsupportedOperationException("no accounts in a module test");
        }

        @Override
        public Optional<String> passwordProblem(String username, String rawPassword) {
            throw new UnsupportedOperationException("no accounts in a module test");
        }

        @Override
        public Optional<String> usernameOf(long officerId) {
            return Optional.empty();
        }
    }

    public record Desk(long agencyId, String agencyCode, String procedureCode, Actor reception) {
    }

    private ModuleFixtures() {
    }

    public static Desk desk(JdbcClient jdbc, ProcedurePublisher publisher) {
        String agencyCode = TestData.unique("M");
        long agency = insert(jdbc, """
                insert into agency (code, name, type, level, parent_id, active, version, created_at, updated_at)
                values (:code, :name, 'DEPARTMENT', 'PROVINCE', null, true, 0, :now, :now)
                """, Map.of("code", agencyCode, "name", "Sở thử mô-đun " + agencyCode));
        long officer = insert(jdbc, """
                insert into officer (full_name, position, agency_id, active, version, created_at, updated_at)
                values (:name, 'Chuyên viên', :agency, true, 0, :now, :now)
                """, Map.of("name", "Trần Thị Tiếp Nhận", "agency", agency));
        jdbc.sql("insert into officer_role (officer_id, role, agency_id) values (:o, 'RECEPTION', :a)")
                .param("o", officer).param("a", agency).update();
        String procedure = CatalogTestData.code();
        publisher.save(CatalogTestData.procedure(procedure, "Thủ tục thử mô-đun", CatalogTestData.field(jdbc),
                agencyCode));
        Actor reception = new Actor(-officer, "module-" + officer, "Trần Thị Tiếp Nhận", Actor.Kind.OFFICER, officer,
                Map.of(Role.RECEPTION, new AgencyScope(false, Set.of(agency))));
        return new Desk(agency, agencyCode, procedure, reception);
    }

    /** A counter intake of the desk's procedure, received at once, with its two documents. */
    public static IntakeCommand receipt(Desk desk) {
        return new IntakeCommand(desk.procedureCode(), null, Channel.DIRECT, Delivery.COUNTER,
                new Applicant(Applicant.Kind.CITIZEN, "Lê Văn Mô Đun", "001090000123", null, "0912345678", null,
                        "Phường Ba Đình, Hà Nội", null),
                null, "Đăng ký thử", List.of(new IntakeCommand.SubmittedDocument("Tờ khai theo mẫu", null, "Bản giấy")),
                IntakeCommand.Decision.RECEIVE, null, null);
    }

    private static long insert(JdbcClient jdbc, String sql, Map<String, Object> params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).param("now", Timestamp.from(Instant.now())).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
