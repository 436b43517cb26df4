package vn.motcua.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Role;

/** Uniquely coded test data: the suite also runs against a reused PostgreSQL database. */
public final class CatalogTestData {

    private CatalogTestData() {
    }

    /** A national-looking code that no other run will produce, e.g. 9.123456.T4KQ. */
    public static String code() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "9." + (100000 + r.nextInt(900000)) + ".T" + word(4).toUpperCase();
    }

    /** Random lower-case letters: a word no real procedure name contains. */
    public static String word(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return "zq" + s;
    }

    public static String field(JdbcClient jdbc) {
        String code = "T" + word(6).toUpperCase() + "-LV";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into procedure_field (code, name, active, created_at, updated_at) values (:c, :n, true, :t, :t)")
                .param("c", code).param("n", "Lĩnh vực thử " + code).param("t", now).update();
        return code;
    }

    public static String agency(JdbcClient jdbc, AdministrativeLevel level) {
        String code = "T." + word(8).toUpperCase();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into agency (code, name, type, level, active, version, created_at, updated_at)
                values (:c, :n, 'DEPARTMENT', :l, true, 0, :t, :t)
                """).param("c", code).param("n", "Sở thử nghiệm " + code).param("l", level.name()).param("t", now)
                .update();
        return code;
    }

    public static ProcedureDefinition procedure(String code, String name, String field, String agency) {
        return new ProcedureDefinition(code, name, field, List.of(AdministrativeLevel.PROVINCE), agency, List.of(),
                TimeLimit.days("5"),
                List.of(new FeeItem("Lệ phí cấp giấy", FeeKind.CHARGE, 50_000L, "Thông tư 85/2019/TT-BTC"),
                        new FeeItem("Phí thẩm định", FeeKind.FEE, 0L, null)),
                List.of(new DocumentRequirement("Tờ khai theo mẫu", 1, 0, true, "Mẫu 01", "https://example.vn/m01.docx",
                        true), new DocumentRequirement("Bản sao giấy tờ tùy thân", 0, 1, false, null, null, false)),
                "Giấy chứng nhận", OnlineLevel.FULL, OnTheSpot.NONE, List.of(ApplicantKind.CITIZEN), true,
                "Luật Hộ tịch 2014", "Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.",
                List.of(new ProcessStep("Tiếp nhận", Role.RECEPTION, StepAgency.RESOLVING, null, TimeLimit.hours("4")),
                        new ProcessStep("Thẩm định", Role.SPECIALIST, StepAgency.RESOLVING, null, TimeLimit.days("3.5")),
                        new ProcessStep("Phê duyệt", Role.LEADER, StepAgency.RESOLVING, null, TimeLimit.days("0.75")),
                        new ProcessStep("Trả kết quả", Role.RECEPTION, StepAgency.RESOLVING, null, TimeLimit.hours("0"))),
                List.of(), true);
    }
}
