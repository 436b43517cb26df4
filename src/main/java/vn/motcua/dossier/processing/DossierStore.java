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
        return jdbc.query("select * from dossier where code = ?", DossierRows.ROW, code).stream().findFirst();
    }

    public Optional<Dossier> byId(long id) {
        return jdbc.query("select * from dossier where id = ?", DossierRows.ROW, id).stream().findFirst();
    }

    /** What the account's request with this key did, once it committed: {@code dossierId} is null for none. */
    Optional<RequestKeys.Earlier> request(long accountId, String key) {
        return jdbc.query("select dossier_id, action from dossier_request where account_id = ? and request_key = ?",
                (rs, n) -> new RequestKeys.Earlier((Long) rs.getObject(1, Long.class),
                        DossierAction.valueOf(rs.getString(2))), accountId, key).stream().findFirst();
    }

    public List<HistoryEntry> history(long dossierId) {
        return jdbc.query("select * from dossier_event where dossier_id = ? order by id", DossierRows::event,
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
                """, DossierRows.ROW, receivingAgencyId, DossierRows.ts(from), DossierRows.ts(to));
    }

    /** The dossiers filed by the account (online), newest first. */
    public List<Dossier> ownedBy(long accountId, int limit, long offset) {
        return jdbc.query("select * from dossier where owner_account_id = ? order by id desc limit ? offset ?", DossierRows.ROW,
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
        Object[] values = DossierRows.values(row);
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(DossierRows.INSERT, new String[] { "id" });
            for (int i = 0; i < values.length; i++) {
                DossierRows.setValue(ps, i + 1, values[i]);
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
        jdbc.batchUpdate(DossierRows.INSERT, rows.stream().map(DossierRows::values).toList());
        counts.recordInserted(rows.stream().map(r -> CountedFacts.of(r.dossier())).toList());
        Map<String, Long> ids = new HashMap<>();
        named.query("select id, code from dossier where code in (:codes)",
                Map.of("codes", rows.stream().map(r -> r.dossier().code()).toList()),
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        List<Object[]> eventRows = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            eventRows.add(DossierRows.eventValues(ids.get(rows.get(i).dossier().code()), events.get(i)));
        }
        jdbc.batchUpdate(DossierRows.INSERT_EVENT, eventRows);
    }

    /** Writes the next state if nobody changed the row since {@code before} was read (and its day counts). */
    boolean update(Dossier before, Dossier after) {
        boolean written = jdbc.update(DossierRows.UPDATE, DossierRows.updateValues(before, after)) == 1;
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
                """, accountId, key, new SqlParameterValue(Types.BIGINT, dossierId), action.name(), DossierRows.ts(at));
    }

    /** The dossier a filing made, on the key its transaction holds. */
    void bindRequest(long accountId, String key, long dossierId) {
        jdbc.update("update dossier_request set dossier_id = ? where account_id = ? and request_key = ?", dossierId,
                accountId, key);
    }

    void insertEvent(long dossierId, HistoryEntry e) {
        jdbc.update(DossierRows.INSERT_EVENT, DossierRows.eventValues(dossierId, e));
    }

    /** A document of the dossier; {@code file} is null for a paper document that was only shown. */
    void insertDocument(long dossierId, String kind, String requirement, StoredFile file, String fileName, Instant at,
            String by) {
        jdbc.update("""
                insert into dossier_document (dossier_id, kind, requirement, file_id, file_name, sha256, size_bytes,
                    content_type, added_at, added_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, dossierId, kind, DossierRows.text(requirement), DossierRows.text(file == null ? null : file.id()), DossierRows.text(fileName),
                DossierRows.text(file == null ? null : file.sha256()),
                new SqlParameterValue(Types.BIGINT, file == null ? null : file.size()),
                DossierRows.text(file == null ? null : file.contentType()), DossierRows.ts(at), by);
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
}
