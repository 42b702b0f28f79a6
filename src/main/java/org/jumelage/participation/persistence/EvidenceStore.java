package org.jumelage.participation.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The rows of {@code event_evidence}; the files are in the file storage under {@code storageKey}. */
@Repository
public class EvidenceStore {

    /** One evidence row. */
    public record EvidenceRow(
            long id,
            long eventId,
            @Nullable Long delegationId,
            @Nullable LocalDate day,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String storageKey,
            String uploadedByEmail,
            Instant uploadedAt) {}

    private static final String COLUMNS = """
            id, event_id, delegation_id, evidence_day, file_name, content_type, size_bytes, sha256, storage_key,
            uploaded_by_email, uploaded_at""";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long eventId,
            @Nullable Long delegationId,
            @Nullable LocalDate day,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String storageKey,
            long uploadedBy,
            String uploadedByEmail,
            Instant uploadedAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into event_evidence (event_id, delegation_id, evidence_day, file_name, content_type,
                                                    size_bytes, sha256, storage_key, uploaded_by, uploaded_by_email,
                                                    uploaded_at)
                        values (:event, :delegation, :day, :name, :type, :size, :sha, :key, :by, :email, :at)
                        """)
                .param("event", eventId)
                .param("delegation", delegationId)
                .param("day", day == null ? null : Date.valueOf(day))
                .param("name", fileName)
                .param("type", contentType)
                .param("size", size)
                .param("sha", sha256)
                .param("key", storageKey)
                .param("by", uploadedBy)
                .param("email", uploadedByEmail)
                .param("at", Timestamp.from(uploadedAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<EvidenceRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from event_evidence where id = :id")
                .param("id", id)
                .query(EvidenceStore::row)
                .optional();
    }

    /** The event's evidence, newest first. */
    public List<EvidenceRow> forEvent(long eventId) {
        return jdbc.sql("select " + COLUMNS
                        + " from event_evidence where event_id = :event order by uploaded_at desc, id desc")
                .param("event", eventId)
                .query(EvidenceStore::row)
                .list();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from event_evidence where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    private static EvidenceRow row(ResultSet rs, int n) throws SQLException {
        Date day = rs.getDate("evidence_day");
        return new EvidenceRow(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getObject("delegation_id", Long.class),
                day == null ? null : day.toLocalDate(),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("storage_key"),
                rs.getString("uploaded_by_email"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
