package io.rapport.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attachment table, in SQL. */
@Repository
class Attachments {

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Attachment a) {
        jdbc.sql("insert into attachment (id, activity_id, file_name, content_type, size, sha256, storage_key,"
                        + " uploaded_by, created_at) values (:id, :activityId, :fileName, :contentType, :size, :sha256,"
                        + " :key, :uploadedBy, :createdAt)")
                .param("id", a.id())
                .param("activityId", a.activityId())
                .param("fileName", a.fileName())
                .param("contentType", a.contentType())
                .param("size", a.size())
                .param("sha256", a.sha256())
                .param("key", a.key())
                .param("uploadedBy", a.uploadedBy())
                .param("createdAt", Timestamp.from(a.createdAt()))
                .update();
    }

    List<Attachment> of(Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from attachment where activity_id in (:ids) order by created_at, id")
                .param("ids", activityIds)
                .query(this::attachment)
                .list();
    }

    Optional<Attachment> find(UUID activityId, UUID id) {
        return jdbc.sql("select * from attachment where id = :id and activity_id = :activityId")
                .param("id", id)
                .param("activityId", activityId)
                .query(this::attachment)
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from attachment where id = :id").param("id", id).update();
    }

    private Attachment attachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(
                rs.getObject("id", UUID.class),
                rs.getObject("activity_id", UUID.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getString("storage_key"),
                rs.getObject("uploaded_by", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
