package vn.motcua.documents.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.documents.StoredFile;

/** The {@code stored_file} rows: what is known of each file besides its bytes. */
@Repository
public class StoredFileStore {

    private static final RowMapper<StoredFile> ROW = (rs, n) -> new StoredFile(rs.getString("id"),
            rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getString("sha256"), rs.getTimestamp("stored_at").toInstant());

    private final JdbcClient jdbc;

    StoredFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredFile file) {
        jdbc.sql("""
                insert into stored_file (id, original_name, content_type, size_bytes, sha256, stored_at)
                values (:id, :name, :type, :size, :sha256, :storedAt)
                """).param("id", file.id()).param("name", file.originalName()).param("type", file.contentType())
                .param("size", file.size()).param("sha256", file.sha256())
                .param("storedAt", Timestamp.from(file.storedAt())).update();
    }

    public Optional<StoredFile> find(String id) {
        return jdbc.sql("""
                select id, original_name, content_type, size_bytes, sha256, stored_at from stored_file where id = :id
                """).param("id", id).query(ROW).optional();
    }

    /** Marks the file as referred to; true when it exists (attached now or before). */
    public boolean attach(String id, Instant now) {
        jdbc.sql("update stored_file set attached_at = :now where id = :id and attached_at is null")
                .param("id", id).param("now", Timestamp.from(now)).update();
        return exists(id);
    }

    /** Deletes the row if it was never attached; true when this call deleted it. */
    public boolean deleteUnattached(String id) {
        return jdbc.sql("delete from stored_file where id = :id and attached_at is null").param("id", id).update() == 1;
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from stored_file where id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    /** Ids of files never attached and received before {@code before}, oldest first. */
    public List<String> orphans(Instant before, int max) {
        return jdbc.sql("""
                select id from stored_file where attached_at is null and stored_at < :before
                order by stored_at limit :max
                """).param("before", Timestamp.from(before)).param("max", max).query(String.class).list();
    }
}
