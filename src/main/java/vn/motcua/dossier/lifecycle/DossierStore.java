package vn.motcua.dossier.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.platform.security.Role;

/**
 * SQL of the dossier row and its history. The hot path: one update and one insert per action, plus
 * one batch of day-count deltas when the action changes what the reports count.
 */
@Repository
public class DossierStore {

    static final RowMapper<Dossier> ROW = DossierStore::map;

    private final JdbcClient jdbc;
    private final DayCountLedger counts;

    DossierStore(JdbcClient jdbc, DayCountLedger counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    public Optional<Dossier> byCode(String code) {
        return jdbc.sql("select * from dossier where code = :code").param("code", code).query(ROW).optional();
    }

    public Optional<Dossier> byId(long id) {
        return jdbc.sql("select * from dossier where id = :id").param("id", id).query(ROW).optional();
    }

    public long insert(Dossier d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (code, procedure_code, procedure_version, procedure_name, field_code, level,
                    online_level, resolving_agency_id, receiving_agency_id, receiving_desk_id, channel, delivery, status,
                    submitted_at, applicant_kind, applicant_name, applicant_id_number, applicant_birth_date,
                    applicant_phone, applicant_email, applicant_address, representative, owner_account_id, summary,
                    rule_set, version, supplement_count, chain_index, step_index, step_agency_id, step_role,
                    step_started_at, applicant_unit_code)
                values (:code, :procedureCode, :procedureVersion, :procedureName, :fieldCode, :level, :onlineLevel,
                    :resolving, :receiving, :desk, :channel, :delivery, :status, :submittedAt, :kind, :name, :idNumber,
                    :birthDate, :phone, :email, :address, :representative, :owner, :summary, :ruleSet, 0, 0, 0, :stepIndex, :stepAgency, :stepRole,
                    :stepStarted, :unitCode)
                """)
                .param("code", d.code()).param("procedureCode", d.procedureCode())
                .param("procedureVersion", d.procedureVersion()).param("procedureName", d.procedureName())
                .param("fieldCode", d.fieldCode()).param("level", d.level()).param("onlineLevel", d.onlineLevel())
                .param("resolving", d.resolvingAgencyId()).param("receiving", d.receivingAgencyId())
                .param("desk", d.receivingDeskId()).param("channel", d.channel().name())
                .param("delivery", d.delivery().name()).param("status", d.status().name())
                .param("submittedAt", ts(d.submittedAt())).param("kind", d.applicant().kind().name())
                .param("name", d.applicant().name()).param("idNumber", d.applicant().idNumber())
                .param("birthDate", d.applicant().birthDate() == null ? null
                        : java.sql.Date.valueOf(d.applicant().birthDate()))
                .param("phone", d.applicant().phone()).param("email", d.applicant().email())
                .param("address", d.applicant().address()).param("representative", d.representative())
                .param("owner", d.ownerAccountId()).param("summary", d.summary()).param("ruleSet", d.ruleSet())
                .param("stepIndex", d.stepIndex()).param("stepAgency", d.stepAgencyId())
                .param("stepRole", d.stepRole() == null ? null : d.stepRole().name())
                .param("stepStarted", ts(d.stepStartedAt())).param("unitCode", d.applicant().unitCode())
                .update(keys, "id");
        counts.record(null, d.counted());
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Writes the next state if nobody changed the row since {@code before} was read (and its day counts). */
    boolean update(Dossier before, Dossier.Change c) {
        boolean written = jdbc.sql("""
                update dossier set code = :code, status = :status, result = :result, step_index = :stepIndex,
                    chain_index = :chainIndex, step_agency_id = :stepAgency, step_role = :stepRole,
                    assignee_id = :assignee, step_started_at = :stepStarted, step_due_at = :stepDue,
                    received_at = :receivedAt, due_at = :dueAt, appointment_at = :appointmentAt,
                    clock_stopped_at = :clockStoppedAt, finished_at = :finishedAt, returned_at = :returnedAt,
                    supplement_count = :supplements, version = version + 1
                where id = :id and version = :version
                """)
                .param("code", c.code).param("status", c.status.name()).param("result", c.result)
                .param("stepIndex", c.stepIndex).param("chainIndex", c.chainIndex).param("stepAgency", c.stepAgencyId)
                .param("stepRole", c.stepRole == null ? null : c.stepRole.name()).param("assignee", c.assigneeId)
                .param("stepStarted", ts(c.stepStartedAt)).param("stepDue", ts(c.stepDueAt))
                .param("receivedAt", ts(c.receivedAt)).param("dueAt", ts(c.dueAt))
                .param("appointmentAt", ts(c.appointmentAt)).param("clockStoppedAt", ts(c.clockStoppedAt))
                .param("finishedAt", ts(c.finishedAt)).param("returnedAt", ts(c.returnedAt))
                .param("supplements", c.supplementCount).param("id", before.id()).param("version", before.version())
                .update() == 1;
        if (written) {
            counts.record(before.counted(), before.after(c).counted());
        }
        return written;
    }


    public void insertEvent(long dossierId, HistoryEntry e) {
        jdbc.sql("""
                insert into dossier_event (dossier_id, occurred_at, action, actor_account_id, actor_name, actor_role,
                    actor_agency_id, from_status, to_status, from_step, to_step, step_due_at, note, payload, request_id)
                values (:dossier, :at, :action, :account, :name, :role, :agency, :from, :to, :fromStep, :toStep,
                    :stepDue, :note, :payload, :requestId)
                """)
                .param("dossier", dossierId).param("at", ts(e.occurredAt())).param("action", e.action().name())
                .param("account", e.actorAccountId()).param("name", e.actorName())
                .param("role", e.actorRole() == null ? null : e.actorRole().name()).param("agency", e.actorAgencyId())
                .param("from", e.from() == null ? null : e.from().name()).param("to", e.to().name())
                .param("fromStep", e.fromStep()).param("toStep", e.toStep()).param("stepDue", ts(e.stepDueAt()))
                .param("note", e.note()).param("payload", e.payload()).param("requestId", e.requestId())
                .update();
    }

    /** The dossier an earlier request with this id acted on, for retried requests. */
    public Optional<Long> dossierOfRequest(String requestId) {
        return jdbc.sql("select dossier_id from dossier_event where request_id = :r").param("r", requestId)
                .query(Long.class).optional();
    }

    public java.util.List<HistoryEntry> history(long dossierId) {
        return jdbc.sql("select * from dossier_event where dossier_id = :id order by id").param("id", dossierId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp("occurred_at").toInstant(),
                        vn.motcua.dossier.DossierAction.valueOf(rs.getString("action")),
                        (Long) rs.getObject("actor_account_id", Long.class), rs.getString("actor_name"),
                        rs.getString("actor_role") == null ? null : Role.valueOf(rs.getString("actor_role")),
                        (Long) rs.getObject("actor_agency_id", Long.class),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")),
                        (Integer) rs.getObject("from_step", Integer.class),
                        (Integer) rs.getObject("to_step", Integer.class), instant(rs, "step_due_at"),
                        rs.getString("note"), rs.getString("payload"), rs.getString("request_id")))
                .list();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Dossier map(ResultSet rs, int n) throws SQLException {
        java.sql.Date birth = rs.getDate("applicant_birth_date");
        Applicant applicant = new Applicant(Applicant.Kind.valueOf(rs.getString("applicant_kind")),
                rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                birth == null ? null : birth.toLocalDate(), rs.getString("applicant_phone"),
                rs.getString("applicant_email"), rs.getString("applicant_address"),
                rs.getString("applicant_unit_code"));
        String role = rs.getString("step_role");
        return new Dossier(rs.getLong("id"), rs.getString("code"), rs.getString("procedure_code"),
                rs.getInt("procedure_version"), rs.getString("procedure_name"), rs.getString("field_code"),
                rs.getString("level"), rs.getString("online_level"), rs.getLong("resolving_agency_id"),
                rs.getLong("receiving_agency_id"), (Long) rs.getObject("receiving_desk_id", Long.class),
                Channel.valueOf(rs.getString("channel")), Delivery.valueOf(rs.getString("delivery")),
                DossierStatus.valueOf(rs.getString("status")), rs.getString("result"),
                (Integer) rs.getObject("step_index", Integer.class), rs.getInt("chain_index"),
                (Long) rs.getObject("step_agency_id", Long.class), role == null ? null : Role.valueOf(role),
                (Long) rs.getObject("assignee_id", Long.class), instant(rs, "step_started_at"),
                instant(rs, "step_due_at"), instant(rs, "submitted_at"), instant(rs, "received_at"),
                instant(rs, "due_at"), instant(rs, "appointment_at"), instant(rs, "clock_stopped_at"),
                instant(rs, "finished_at"), instant(rs, "returned_at"), rs.getInt("supplement_count"), applicant,
                rs.getString("representative"), (Long) rs.getObject("owner_account_id", Long.class),
                rs.getString("summary"), rs.getString("rule_set"), rs.getInt("version"));
    }

    /** A document of the dossier; {@code file} is null for a paper document that was only shown. */
    public void insertDocument(long dossierId, String kind, String requirement, vn.motcua.documents.StoredFile file,
            String fileName, Instant at, String by) {
        jdbc.sql("""
                insert into dossier_document (dossier_id, kind, requirement, file_id, file_name, sha256, size_bytes,
                    content_type, added_at, added_by)
                values (:d, :kind, :req, :file, :name, :sha, :size, :type, :at, :by)
                """).param("d", dossierId).param("kind", kind).param("req", requirement)
                .param("file", file == null ? null : file.id()).param("name", fileName)
                .param("sha", file == null ? null : file.sha256()).param("size", file == null ? null : file.size())
                .param("type", file == null ? null : file.contentType()).param("at", ts(at)).param("by", by).update();
    }

    public java.util.List<DossierDocument> documents(long dossierId) {
        return jdbc.sql("""
                select kind, requirement, file_id, file_name, sha256, size_bytes, content_type, added_at, added_by
                from dossier_document where dossier_id = :d order by id
                """).param("d", dossierId)
                .query((rs, n) -> new DossierDocument(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7),
                        rs.getTimestamp(8).toInstant(), rs.getString(9)))
                .list();
    }

    /**
     * Dossiers received by the agency from {@code from} (included) to {@code to} (excluded), in order
     * of receipt: the tracking book (Mẫu 06).
     */
    public java.util.List<Dossier> receivedBy(long receivingAgencyId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from dossier where receiving_agency_id = :agency and received_at >= :from and received_at < :to
                order by received_at, id
                """).param("agency", receivingAgencyId).param("from", ts(from)).param("to", ts(to)).query(ROW).list();
    }
}
