package io.rapport.activity;

import io.rapport.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A user's notifications, in SQL. */
@Repository
class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID userId, UUID taskId, String message) {
        jdbc.sql("insert into notification (id, user_id, task_id, message, created_at)"
                        + " values (:id, :userId, :taskId, :message, :createdAt)")
                .param("id", Ids.newId())
                .param("userId", userId)
                .param("taskId", taskId)
                .param("message", message)
                .param("createdAt", Timestamp.from(Instant.now()))
                .update();
    }

    int unread(UUID userId) {
        return jdbc.sql("select count(*) from notification where user_id = :userId and read_at is null")
                .param("userId", userId)
                .query(Integer.class)
                .single();
    }

    List<Notification> latest(UUID userId, int limit) {
        return jdbc.sql("select id, task_id, message, created_at, read_at from notification where user_id = :userId"
                        + " order by created_at desc, id desc limit :limit")
                .param("userId", userId)
                .param("limit", limit)
                .query((rs, row) -> new Notification(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    void markAllRead(UUID userId) {
        jdbc.sql("update notification set read_at = :now where user_id = :userId and read_at is null")
                .param("now", Timestamp.from(Instant.now()))
                .param("userId", userId)
                .update();
    }
}
