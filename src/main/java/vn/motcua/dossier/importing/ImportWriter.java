package vn.motcua.dossier.importing;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.dossier.lifecycle.Dossier;
import vn.motcua.dossier.lifecycle.HistoryEntry;

/**
 * Every write of one import batch, in the caller's transaction: the dossier rows and their one
 * "imported" history event each, as JDBC batches, and the batch's report day counts
 * ({@link DayCountLedger#recordInserted}). Whatever else must follow a stored dossier in the same
 * transaction belongs in {@link #write}, which receives the batch's fully built rows.
 */
@Component
public class ImportWriter {

    private static final String INSERT_DOSSIER = """
            insert into dossier (code, procedure_code, procedure_version, procedure_name, field_code, level,
                online_level, resolving_agency_id, receiving_agency_id, channel, delivery, status, result,
                step_index, chain_index, step_agency_id, step_role, step_started_at, step_due_at, submitted_at,
                received_at, due_at, clock_stopped_at, finished_at, returned_at, supplement_count, nearing_sent,
                overdue_sent, step_nearing_sent, step_overdue_sent, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_email,
                applicant_address, rule_set, version, import_hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, 0, ?)
            """;
    private static final String INSERT_EVENT = """
            insert into dossier_event (dossier_id, occurred_at, action, actor_account_id, actor_name, actor_role,
                from_status, to_status, to_step, note, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DayCountLedger counts;

    ImportWriter(JdbcTemplate jdbc, DayCountLedger counts) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Stores the batch whole; must run in the transaction that makes the batch all-or-nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(List<ImportedDossier> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT_DOSSIER, rows.stream().map(ImportWriter::dossierRow).toList());
        // The report's day counts of the batch, in its transaction: one ledger row per agency, level and day.
        counts.recordInserted(rows.stream().map(r -> r.dossier().counted()).toList());
        Map<String, Long> ids = new HashMap<>();
        named.query("select id, code from dossier where code in (:codes)",
                Map.of("codes", rows.stream().map(r -> r.dossier().code()).toList()),
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        List<Object[]> events = new ArrayList<>(rows.size());
        for (ImportedDossier r : rows) {
            events.add(eventRow(ids.get(r.dossier().code()), r.event()));
        }
        jdbc.batchUpdate(INSERT_EVENT, events);
    }

    private static Object[] dossierRow(ImportedDossier r) {
        Dossier d = r.dossier();
        // A deadline already past when imported was the earlier system's to remind of: no reminder is
        // sent for it (finished dossiers, and open ones imported overdue). Deadlines to come are watched.
        Instant now = r.event().occurredAt();
        boolean past = d.status().isFinished() || !d.dueAt().isAfter(now);
        Integer stepPast = d.stepDueAt() != null && !d.stepDueAt().isAfter(now) ? d.stepIndex() : null;
        return new Object[] { d.code(), d.procedureCode(), d.procedureVersion(), d.procedureName(), text(d.fieldCode()),
                d.level(), d.onlineLevel(), d.resolvingAgencyId(), d.receivingAgencyId(), d.channel().name(),
                d.delivery().name(), d.status().name(), text(d.result()), integer(d.stepIndex()),
                number(d.stepAgencyId()), text(d.stepRole() == null ? null : d.stepRole().name()),
                ts(d.stepStartedAt()), ts(d.stepDueAt()), ts(d.submittedAt()), ts(d.receivedAt()), ts(d.dueAt()),
                ts(d.clockStoppedAt()), ts(d.finishedAt()), ts(d.returnedAt()), past, past, integer(stepPast),
                integer(stepPast),
                d.applicant().kind().name(), d.applicant().name(), text(d.applicant().idNumber()),
                text(d.applicant().phone()), text(d.applicant().email()), text(d.applicant().address()), d.ruleSet(),
                r.importHash() };
    }

    private static Object[] eventRow(long dossierId, HistoryEntry e) {
        return new Object[] { dossierId, ts(e.occurredAt()), e.action().name(), number(e.actorAccountId()),
                e.actorName(), text(e.actorRole() == null ? null : e.actorRole().name()), text(null), e.to().name(),
                integer(e.toStep()), text(e.note()), text(e.payload()) };
    }

    // Typed values, so that a null needs no look-up of the parameter's type in the database.

    private static SqlParameterValue ts(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP, instant == null ? null : Timestamp.from(instant));
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue number(Long value) {
        return new SqlParameterValue(Types.BIGINT, value);
    }

    private static SqlParameterValue integer(Integer value) {
        return new SqlParameterValue(Types.INTEGER, value);
    }
}
