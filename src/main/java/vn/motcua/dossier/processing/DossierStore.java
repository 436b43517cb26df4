package vn.motcua.dossier.processing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.documents.StoredFile;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeadlineApproaching;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryEntry;
import vn.motcua.dossier.counts.CountedFacts;
import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.platform.security.Role;

/**
 * The one writer of the dossier tables ({@code dossier}, {@code dossier_event}, {@code dossier_document},
 * {@code dossier_request}) and their reads. Every write of a dossier row keeps its report day counts in the same transaction
 * ({@link DayCountLedger}). One column list serves the insert, the batch insert of an import and the
 * versioned update, so a new column is added in one place. The hot path: one update and one insert per
 * action, plus one batch of day-count deltas when the action changes what the reports count.
 */
@Repository
public class DossierStore {

    /** What a new row holds besides the dossier: the deadline notices already counted as sent, and an import's hash. */
    public record NewRow(Dossier dossier, boolean nearingSent, boolean overdueSent, Integer stepNearingSent,
            Integer stepOverdueSent, String importHash) {

        /** A dossier filed in motcua: no notice sent yet, no import. */
        public static NewRow filed(Dossier d) {
            return new NewRow(d, false, false, null, null, null);
        }
    }

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
                    : java.sql.Date.valueOf(r.dossier().applicant().birthDate())),
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

    private static final String INSERT = "insert into dossier (" + String.join(", ", names(COLUMNS))
            + ", version) values (" + "?, ".repeat(COLUMNS.size()) + "0)";

    private static final String UPDATE = "update dossier set "
            + String.join(", ", COLUMNS.stream().filter(Column::changes).map(c -> c.name() + " = ?").toList())
            + ", version = version + 1 where id = ? and version = ?";

    private static final String INSERT_EVENT = """
            insert into dossier_event (dossier_id, occurred_at, action, actor_account_id, actor_name, actor_role,
                actor_agency_id, from_status, to_status, from_step, to_step, step_due_at, note, payload, request_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    static final RowMapper<Dossier> ROW = DossierStore::map;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DayCountLedger counts;

    DossierStore(JdbcTemplate jdbc, DayCountLedger counts) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.counts = counts;
    }

    // ---- reads

    public Optional<Dossier> byCode(String code) {
        return jdbc.query("select * from dossier where code = ?", ROW, code).stream().findFirst();
    }

    public Optional<Dossier> byId(long id) {
        return jdbc.query("select * from dossier where id = ?", ROW, id).stream().findFirst();
    }

    /** What the account's request with this key did, once it committed: {@code dossierId} is null for none. */
    Optional<RequestKeys.Earlier> request(long accountId, String key) {
        return jdbc.query("select dossier_id, action from dossier_request where account_id = ? and request_key = ?",
                (rs, n) -> new RequestKeys.Earlier((Long) rs.getObject(1, Long.class),
                        DossierAction.valueOf(rs.getString(2))), accountId, key).stream().findFirst();
    }

    public List<HistoryEntry> history(long dossierId) {
        return jdbc.query("select * from dossier_event where dossier_id = ? order by id", DossierStore::event,
                dossierId);
    }

    public List<DossierDocument> documents(long dossierId) {
        return jdbc.query("""
                select kind, requirement, file_id, file_name, sha256, size_bytes, content_type, added_at, added_by
                from dossier_document where dossier_id = ? order by id
                """, (rs, n) -> new DossierDocument(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getString(9)), dossierId);
    }

    /** Dossiers received by the agency from {@code from} (included) to {@code to} (excluded), in order of receipt. */
    public List<Dossier> receivedBy(long receivingAgencyId, Instant from, Instant to) {
        return jdbc.query("""
                select * from dossier where receiving_agency_id = ? and received_at >= ? and received_at < ?
                order by received_at, id
                """, ROW, receivingAgencyId, ts(from), ts(to));
    }

    /** The dossiers filed by the account (online), newest first. */
    public List<Dossier> ownedBy(long accountId, int limit, long offset) {
        return jdbc.query("select * from dossier where owner_account_id = ? order by id desc limit ? offset ?", ROW,
                accountId, limit, offset);
    }

    public long countOwnedBy(long accountId) {
        Long n = jdbc.queryForObject("select count(*) from dossier where owner_account_id = ?", Long.class, accountId);
        return n == null ? 0 : n;
    }

    // ---- writes

    /** Inserts a new dossier row with its day counts; returns its id. */
    long insert(NewRow row) {
        var keys = new GeneratedKeyHolder();
        Object[] values = values(row);
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT, new String[] { "id" });
            for (int i = 0; i < values.length; i++) {
                setValue(ps, i + 1, values[i]);
            }
            return ps;
        }, keys);
        counts.record(null, CountedFacts.of(row.dossier()));
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Inserts the rows of an import batch and one history event each, as JDBC batches, with the batch's
     * day counts; must run in the transaction that makes the batch all-or-nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertBatch(List<NewRow> rows, List<HistoryEntry> events) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, rows.stream().map(DossierStore::values).toList());
        counts.recordInserted(rows.stream().map(r -> CountedFacts.of(r.dossier())).toList());
        Map<String, Long> ids = new HashMap<>();
        named.query("select id, code from dossier where code in (:codes)",
                Map.of("codes", rows.stream().map(r -> r.dossier().code()).toList()),
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        List<Object[]> eventRows = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            eventRows.add(eventValues(ids.get(rows.get(i).dossier().code()), events.get(i)));
        }
        jdbc.batchUpdate(INSERT_EVENT, eventRows);
    }

    /** Writes the next state if nobody changed the row since {@code before} was read (and its day counts). */
    boolean update(Dossier before, Dossier after) {
        NewRow row = NewRow.filed(after);
        List<Object> args = new ArrayList<>();
        for (Column c : COLUMNS) {
            if (c.changes()) {
                args.add(new SqlParameterValue(c.type(), c.value().apply(row)));
            }
        }
        args.add(before.id());
        args.add(before.version());
        boolean written = jdbc.update(UPDATE, args.toArray()) == 1;
        if (written) {
            counts.record(CountedFacts.of(before), CountedFacts.of(after));
        }
        return written;
    }

    /**
     * Inserts the account's request key unless it is taken: 1 when this transaction now holds it, 0 when a
     * request with it committed. A transaction holding it uncommitted is waited for on its unique key
     * (PostgreSQL waits until it ends; H2 until its lock timeout, then throws): see {@link RequestKeys}.
     */
    int insertRequest(long accountId, String key, DossierAction action, Long dossierId, Instant at) {
        return jdbc.update("""
                insert into dossier_request (account_id, request_key, dossier_id, action, created_at)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """, accountId, key, new SqlParameterValue(Types.BIGINT, dossierId), action.name(), ts(at));
    }

    /** The dossier a filing made, on the key its transaction holds. */
    void bindRequest(long accountId, String key, long dossierId) {
        jdbc.update("update dossier_request set dossier_id = ? where account_id = ? and request_key = ?", dossierId,
                accountId, key);
    }

    void insertEvent(long dossierId, HistoryEntry e) {
        jdbc.update(INSERT_EVENT, eventValues(dossierId, e));
    }

    /** A document of the dossier; {@code file} is null for a paper document that was only shown. */
    void insertDocument(long dossierId, String kind, String requirement, StoredFile file, String fileName, Instant at,
            String by) {
        jdbc.update("""
                insert into dossier_document (dossier_id, kind, requirement, file_id, file_name, sha256, size_bytes,
                    content_type, added_at, added_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, dossierId, kind, text(requirement), text(file == null ? null : file.id()), text(fileName),
                text(file == null ? null : file.sha256()),
                new SqlParameterValue(Types.BIGINT, file == null ? null : file.size()),
                text(file == null ? null : file.contentType()), ts(at), by);
    }

    /**
     * Marks a deadline notice of the dossier (its step {@code step}, or the dossier itself when null) as
     * sent, unless a node already did: true for the one caller that claimed it. The row's version is not
     * touched, so an officer acting at the same moment is not disturbed.
     */
    public boolean claimNotice(long dossierId, DeadlineApproaching.Kind kind, Integer step) {
        boolean overdue = kind == DeadlineApproaching.Kind.OVERDUE;
        if (step == null) {
            String column = overdue ? "overdue_sent" : "nearing_sent";
            return jdbc.update("update dossier set %1$s = true where id = ? and %1$s = false".formatted(column),
                    dossierId) == 1;
        }
        String column = overdue ? "step_overdue_sent" : "step_nearing_sent";
        return jdbc.update("""
                update dossier set %1$s = ? where id = ? and step_index = ? and (%1$s is null or %1$s <> ?)
                """.formatted(column), step, dossierId, step, step) == 1;
    }

    // ---- mapping

    private static Object[] values(NewRow row) {
        Object[] values = new Object[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            Column c = COLUMNS.get(i);
            values[i] = new SqlParameterValue(c.type(), c.value().apply(row));
        }
        return values;
    }

    private static Object[] eventValues(long dossierId, HistoryEntry e) {
        return new Object[] { dossierId, ts(e.occurredAt()), e.action().name(),
                new SqlParameterValue(Types.BIGINT, e.actorAccountId()), e.actorName(), text(name(e.actorRole())),
                new SqlParameterValue(Types.BIGINT, e.actorAgencyId()), text(name(e.from())), e.to().name(),
                new SqlParameterValue(Types.INTEGER, e.fromStep()), new SqlParameterValue(Types.INTEGER, e.toStep()),
                ts(e.stepDueAt()), text(e.note()), text(e.payload()), text(e.requestId()) };
    }

    private static void setValue(PreparedStatement ps, int index, Object value) throws SQLException {
        SqlParameterValue v = (SqlParameterValue) value;
        if (v.getValue() == null) {
            ps.setNull(index, v.getSqlType());
        } else {
            ps.setObject(index, v.getValue(), v.getSqlType());
        }
    }

    private static Dossier map(ResultSet rs, int n) throws SQLException {
        java.sql.Date birth = rs.getDate("applicant_birth_date");
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

    private static HistoryEntry event(ResultSet rs, int n) throws SQLException {
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

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
