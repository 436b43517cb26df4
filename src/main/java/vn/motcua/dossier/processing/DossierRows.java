package vn.motcua.dossier.processing;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryEntry;
import vn.motcua.dossier.processing.DossierStore.NewRow;
import vn.motcua.platform.security.Role;

/**
 * The dossier row and its history row as SQL sees them: the one column list of the dossier table
 * (with which columns an action changes), the statements built from it, and the mapping both ways.
 * {@link DossierStore} runs the statements; a new column is added here once.
 */
final class DossierRows {

    /** A column of the dossier row: its name, its SQL type, its value in a new row, and whether an action changes it. */
    private record Column(String name, int type, Function<NewRow, Object> value, boolean changes) {
    }

    private static final List<Column> COLUMNS = List.of(
            fixed("code", Types.VARCHAR, r -> r.dossier().code()),
            fixed("procedure_code", Types.VARCHAR, r -> r.dossier().procedure().code()),
            fixed("procedure_version", Types.INTEGER, r -> r.dossier().procedure().version()),
            fixed("procedure_name", Types.VARCHAR, r -> r.dossier().procedure().name()),
            fixed("field_code", Types.VARCHAR, r -> r.dossier().procedure().fieldCode()),
            fixed("level", Types.VARCHAR, r -> r.dossier().procedure().level()),
            fixed("online_level", Types.VARCHAR, r -> r.dossier().procedure().onlineLevel()),
            fixed("resolving_agency_id", Types.BIGINT, r -> r.dossier().placement().resolvingAgencyId()),
            fixed("receiving_agency_id", Types.BIGINT, r -> r.dossier().placement().receivingAgencyId()),
            fixed("receiving_desk_id", Types.BIGINT, r -> r.dossier().placement().receivingDeskId()),
            fixed("channel", Types.VARCHAR, r -> r.dossier().placement().channel().name()),
            fixed("delivery", Types.VARCHAR, r -> r.dossier().placement().delivery().name()),
            fixed("submitted_at", Types.TIMESTAMP, r -> timestamp(r.dossier().timeline().submittedAt())),
            fixed("applicant_kind", Types.VARCHAR, r -> r.dossier().applicant().kind().name()),
            fixed("applicant_name", Types.VARCHAR, r -> r.dossier().applicant().name()),
            fixed("applicant_id_number", Types.VARCHAR, r -> r.dossier().applicant().idNumber()),
            fixed("applicant_birth_date", Types.DATE, r -> r.dossier().applicant().birthDate() == null ? null
                    : Date.valueOf(r.dossier().applicant().birthDate())),
            fixed("applicant_phone", Types.VARCHAR, r -> r.dossier().applicant().phone()),
            fixed("applicant_email", Types.VARCHAR, r -> r.dossier().applicant().email()),
            fixed("applicant_address", Types.VARCHAR, r -> r.dossier().applicant().address()),
            fixed("applicant_unit_code", Types.VARCHAR, r -> r.dossier().applicant().unitCode()),
            fixed("representative", Types.VARCHAR, r -> r.dossier().filing().representative()),
            fixed("owner_account_id", Types.BIGINT, r -> r.dossier().filing().ownerAccountId()),
            fixed("summary", Types.VARCHAR, r -> r.dossier().filing().summary()),
            fixed("rule_set", Types.VARCHAR, r -> r.dossier().filing().ruleSet()),
            fixed("nearing_sent", Types.BOOLEAN, NewRow::nearingSent),
            fixed("overdue_sent", Types.BOOLEAN, NewRow::overdueSent),
            fixed("step_nearing_sent", Types.INTEGER, NewRow::stepNearingSent),
            fixed("step_overdue_sent", Types.INTEGER, NewRow::stepOverdueSent),
            fixed("import_hash", Types.VARCHAR, NewRow::importHash),
            // What actions change (the update writes these from a Change, in this order).
            changing("status", Types.VARCHAR, r -> r.dossier().status().name()),
            changing("result", Types.VARCHAR, r -> r.dossier().result()),
            changing("step_index", Types.INTEGER, r -> r.dossier().step().index()),
            changing("chain_index", Types.INTEGER, r -> r.dossier().step().chainIndex()),
            changing("step_agency_id", Types.BIGINT, r -> r.dossier().step().agencyId()),
            changing("step_role", Types.VARCHAR, r -> name(r.dossier().step().role())),
            changing("assignee_id", Types.BIGINT, r -> r.dossier().step().assigneeId()),
            changing("step_started_at", Types.TIMESTAMP, r -> timestamp(r.dossier().step().startedAt())),
            changing("step_due_at", Types.TIMESTAMP, r -> timestamp(r.dossier().step().dueAt())),
            changing("received_at", Types.TIMESTAMP, r -> timestamp(r.dossier().timeline().receivedAt())),
            changing("due_at", Types.TIMESTAMP, r -> timestamp(r.dossier().timeline().dueAt())),
            changing("appointment_at", Types.TIMESTAMP, r -> timestamp(r.dossier().timeline().appointmentAt())),
            changing("clock_stopped_at", Types.TIMESTAMP, r -> timestamp(r.dossier().timeline().clockStoppedAt())),
            changing("finished_at", Types.TIMESTAMP, r -> timestamp(r.dossier().timeline().finishedAt())),
            changing("returned_at", Types.TIMESTAMP, r -> timestamp(r.dossier().timeline().returnedAt())),
            changing("supplement_count", Types.INTEGER, r -> r.dossier().timeline().supplementCount()));

    static final String INSERT = "insert into dossier (" + String.join(", ", names(COLUMNS))
            + ", version) values (" + "?, ".repeat(COLUMNS.size()) + "0)";

    static final String UPDATE = "update dossier set "
            + String.join(", ", COLUMNS.stream().filter(Column::changes).map(c -> c.name() + " = ?").toList())
            + ", version = version + 1 where id = ? and version = ?";

    static final String INSERT_EVENT = """
            insert into dossier_event (dossier_id, occurred_at, action, actor_account_id, actor_name, actor_role,
                actor_agency_id, from_status, to_status, from_step, to_step, step_due_at, note, payload, request_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    static final RowMapper<Dossier> ROW = DossierRows::map;

    private DossierRows() {
    }

    /** The update's parameters: the changing columns of {@code after}, then the id and the version read. */
    static Object[] updateValues(Dossier before, Dossier after) {
        NewRow row = NewRow.filed(after);
        List<Object> args = new ArrayList<>();
        for (Column c : COLUMNS) {
            if (c.changes()) {
                args.add(new SqlParameterValue(c.type(), c.value().apply(row)));
            }
        }
        args.add(before.id());
        args.add(before.version());
        return args.toArray();
    }

    static Object[] values(NewRow row) {
        Object[] values = new Object[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            Column c = COLUMNS.get(i);
            values[i] = new SqlParameterValue(c.type(), c.value().apply(row));
        }
        return values;
    }

    static Object[] eventValues(long dossierId, HistoryEntry e) {
        return new Object[] { dossierId, ts(e.occurredAt()), e.action().name(),
                new SqlParameterValue(Types.BIGINT, e.actorAccountId()), e.actorName(), text(name(e.actorRole())),
                new SqlParameterValue(Types.BIGINT, e.actorAgencyId()), text(name(e.from())), e.to().name(),
                new SqlParameterValue(Types.INTEGER, e.fromStep()), new SqlParameterValue(Types.INTEGER, e.toStep()),
                ts(e.stepDueAt()), text(e.note()), text(e.payload()), text(e.requestId()) };
    }

    static void setValue(PreparedStatement ps, int index, Object value) throws SQLException {
        SqlParameterValue v = (SqlParameterValue) value;
        if (v.getValue() == null) {
            ps.setNull(index, v.getSqlType());
        } else {
            ps.setObject(index, v.getValue(), v.getSqlType());
        }
    }

    static Dossier map(ResultSet rs, int n) throws SQLException {
        Date birth = rs.getDate("applicant_birth_date");
        Applicant applicant = new Applicant(Applicant.Kind.valueOf(rs.getString("applicant_kind")),
                rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                birth == null ? null : birth.toLocalDate(), rs.getString("applicant_phone"),
                rs.getString("applicant_email"), rs.getString("applicant_address"),
                rs.getString("applicant_unit_code"));
        String role = rs.getString("step_role");
        return new Dossier(rs.getLong("id"), rs.getString("code"), DossierStatus.valueOf(rs.getString("status")),
                rs.getString("result"),
                new Dossier.Procedure(rs.getString("procedure_code"), rs.getInt("procedure_version"),
                        rs.getString("procedure_name"), rs.getString("field_code"), rs.getString("level"),
                        rs.getString("online_level")),
                new Dossier.Placement(rs.getLong("resolving_agency_id"), rs.getLong("receiving_agency_id"),
                        (Long) rs.getObject("receiving_desk_id", Long.class), Channel.valueOf(rs.getString("channel")),
                        Delivery.valueOf(rs.getString("delivery"))),
                new Dossier.CurrentStep((Integer) rs.getObject("step_index", Integer.class), rs.getInt("chain_index"),
                        (Long) rs.getObject("step_agency_id", Long.class), role == null ? null : Role.valueOf(role),
                        (Long) rs.getObject("assignee_id", Long.class), instant(rs, "step_started_at"),
                        instant(rs, "step_due_at")),
                new Dossier.Timeline(instant(rs, "submitted_at"), instant(rs, "received_at"), instant(rs, "due_at"),
                        instant(rs, "appointment_at"), instant(rs, "clock_stopped_at"), instant(rs, "finished_at"),
                        instant(rs, "returned_at"), rs.getInt("supplement_count")),
                applicant,
                new Dossier.Filing(rs.getString("representative"), (Long) rs.getObject("owner_account_id", Long.class),
                        rs.getString("summary"), rs.getString("rule_set")),
                rs.getInt("version"));
    }

    static HistoryEntry event(ResultSet rs, int n) throws SQLException {
        return new HistoryEntry(rs.getTimestamp("occurred_at").toInstant(), DossierAction.valueOf(rs.getString("action")),
                (Long) rs.getObject("actor_account_id", Long.class), rs.getString("actor_name"),
                rs.getString("actor_role") == null ? null : Role.valueOf(rs.getString("actor_role")),
                (Long) rs.getObject("actor_agency_id", Long.class),
                rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                DossierStatus.valueOf(rs.getString("to_status")), (Integer) rs.getObject("from_step", Integer.class),
                (Integer) rs.getObject("to_step", Integer.class), instant(rs, "step_due_at"), rs.getString("note"),
                rs.getString("payload"), rs.getString("request_id"));
    }

    private static Column fixed(String name, int type, Function<NewRow, Object> value) {
        return new Column(name, type, value, false);
    }

    private static Column changing(String name, int type, Function<NewRow, Object> value) {
        return new Column(name, type, value, true);
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static SqlParameterValue ts(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP, instant == null ? null : Timestamp.from(instant));
    }

    static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
