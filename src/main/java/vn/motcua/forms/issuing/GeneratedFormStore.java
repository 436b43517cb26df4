package vn.motcua.forms.issuing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.documents.StoredFile;

/** The {@code generated_form} table: which form a dossier's action produced, and where the PDF is. */
@Repository
class GeneratedFormStore {

    record Row(String dossierCode, String formNumber, String action, Instant occurredAt, String fileId,
            String sha256, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    GeneratedFormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code, String number, Instant occurredAt) {
        return jdbc.sql("""
                select count(*) from generated_form
                where dossier_code = :code and form_number = :number and occurred_at = :at
                """).param("code", code).param("number", number).param("at", Timestamp.from(occurredAt))
                .query(Integer.class).single() > 0;
    }

    void insert(String code, String number, String action, Instant occurredAt, StoredFile file, Instant now) {
        jdbc.sql("""
                insert into generated_form (dossier_code, form_number, action, occurred_at, file_id, sha256, created_at)
                values (:code, :number, :action, :at, :file, :sha, :now)
                """).param("code", code).param("number", number).param("action", action)
                .param("at", Timestamp.from(occurredAt)).param("file", file.id()).param("sha", file.sha256())
                .param("now", Timestamp.from(now)).update();
    }

    List<Row> of(String code) {
        return jdbc.sql("select * from generated_form where dossier_code = :code order by created_at, id")
                .param("code", code).query((rs, n) -> new Row(rs.getString("dossier_code"),
                        rs.getString("form_number"), rs.getString("action"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("file_id"), rs.getString("sha256"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    Optional<Row> latest(String code, String number) {
        List<Row> rows = of(code).stream().filter(r -> r.formNumber().equals(number)).toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }
}
