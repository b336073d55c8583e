package io.rapport.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' notifications (table {@code notification}), in SQL. */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Notice notice) {
        jdbc.sql("""
                        insert into notification (id, user_id, kind, message_key, message_args, link, subject_type,
                                                  subject_id, created_at)
                        values (:id, :userId, :kind, :key, :args, :link, :subjectType, :subjectId, :createdAt)
                        on conflict (id) do nothing""")
                .param("id", notice.id())
                .param("userId", notice.userId())
                .param("kind", notice.kind())
                .param("key", notice.messageKey())
                .param("args", notice.args().toArray(new String[0]))
                .param("link", notice.link())
                .param("subjectType", notice.subjectType())
                .param("subjectId", notice.subjectId())
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
        return jdbc.sql("""
                        select id, kind, message_key, message_args, link, subject_type, subject_id, created_at, read_at
                          from notification where user_id = :userId
                         order by created_at desc, id desc limit :limit""")
                .param("userId", userId)
                .param("limit", limit)
                .query((rs, row) -> new Notification(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("message_key"),
                        texts(rs, "message_args"),
                        rs.getString("link"),
                        rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    void markAllRead(UUID userId) {
        jdbc.sql("update notification set read_at = :now where user_id = :userId and read_at is null")
                .param("now", Timestamp.from(Instant.now()))
                .param("userId", userId)
                .update();
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
