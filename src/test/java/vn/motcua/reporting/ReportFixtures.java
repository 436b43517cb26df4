package vn.motcua.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.dossier.counts.CountedFacts;
import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.support.TestData;

/**
 * Agencies and dossiers written straight into the tables, so a test can place receipts, dues and
 * finishes on any instant; the day counts of the dossiers are recorded as a batch import records them. Codes are unique per run: other tests' data never interfere.
 */
@org.springframework.stereotype.Component
final class ReportFixtures {

    /** The columns of a dossier that the report reads; {@code deskId} is the receiving desk (may be null). */
    record Seed(String code, long resolvingAgencyId, String agencyCode, String level, String procedure, String field,
            String onlineLevel, String channel, String status, Instant receivedAt, Instant dueAt,
            Instant finishedAt, Long deskId) {

        Seed(String code, long resolvingAgencyId, String agencyCode, String level, String procedure, String field,
                String onlineLevel, String channel, String status, Instant receivedAt, Instant dueAt,
                Instant finishedAt) {
            this(code, resolvingAgencyId, agencyCode, level, procedure, field, onlineLevel, channel, status,
                    receivedAt, dueAt, finishedAt, null);
        }
    }

    record Desk(long id, String code) {
    }

    record Agency(long id, String code, AdministrativeLevel level, Long parentId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TestData data;
    private final DayCountLedger ledger;

    ReportFixtures(JdbcClient jdbc, JdbcTemplate template, TestData data, DayCountLedger ledger) {
        this.jdbc = jdbc;
        this.template = template;
        this.data = data;
        this.ledger = ledger;
    }

    Agency agency(String name, AdministrativeLevel level, Long parentId) {
        long id = data.agency(name, parentId);
        jdbc.sql("update agency set level = :level where id = :id").param("level", level.name()).param("id", id)
                .update();
        return new Agency(id, data.agencyCode(id), level, parentId);
    }

    /** A one-stop desk of {@code agency} that receives for {@code served} too. */
    Desk desk(String name, long agency, long... served) {
        String code = TestData.unique("D");
        jdbc.sql("""
                insert into one_stop_desk (code, name, level, agency_id, created_at, updated_at)
                values (:code, :name, 'COMMUNE', :agency, current_timestamp, current_timestamp)
                """).param("code", code).param("name", name).param("agency", agency).update();
        long id = jdbc.sql("select id from one_stop_desk where code = :code").param("code", code).query(Long.class)
                .single();
        for (long a : served) {
            jdbc.sql("insert into desk_agency (desk_id, agency_id) values (:desk, :agency)").param("desk", id)
                    .param("agency", a).update();
        }
        return new Desk(id, code);
    }

    void insert(List<Seed> seeds) {
        List<Object[]> args = new ArrayList<>();
        for (Seed s : seeds) {
            args.add(new Object[] { s.code(), s.procedure(), s.field(), s.level(), s.onlineLevel(),
                    s.resolvingAgencyId(), s.resolvingAgencyId(), s.deskId(), s.channel(), s.status(),
                    ts(s.receivedAt()), ts(s.dueAt()), ts(s.finishedAt()) });
        }
        template.batchUpdate("""
                insert into dossier (code, procedure_code, procedure_version, procedure_name, field_code, level,
                    online_level, resolving_agency_id, receiving_agency_id, receiving_desk_id, channel, delivery, status,
                    received_at, due_at, finished_at, applicant_kind, applicant_name, rule_set)
                values (?, ?, 1, 'Thủ tục thử', ?, ?, ?, ?, ?, ?, ?, 'COUNTER', ?, ?, ?, ?, 'CITIZEN', 'Nguyễn Văn A', 'NĐ118')
                """, args);
        // As the legacy importer does: the day counts of a batch of inserted rows, in the same transaction.
        ledger.recordInserted(seeds.stream().map(ReportFixtures::counted).toList());
    }

    static CountedFacts counted(Seed s) {
        return new CountedFacts(s.resolvingAgencyId(), s.level(), s.status(), s.channel(), s.receivedAt(), s.dueAt(),
                s.finishedAt());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
