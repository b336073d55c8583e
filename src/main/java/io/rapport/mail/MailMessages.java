package io.rapport.mail;

import io.rapport.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every message taken in or sent, by Message-ID: what makes ingest idempotent and threads replies. */
@Repository
class MailMessages {

    private final JdbcClient jdbc;

    MailMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these message ids are known already. */
    List<String> known(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select message_id from mail_message where message_id in (:ids)")
                .param("ids", messageIds)
                .query(String.class)
                .list();
    }

    /** The thread of the nearest parent known (the ids come nearest first), if any is. */
    Optional<UUID> threadOf(List<String> parents) {
        if (parents.isEmpty()) {
            return Optional.empty();
        }
        Map<String, UUID> threads = new HashMap<>();
        jdbc.sql("select message_id, thread_id from mail_message where message_id in (:ids)")
                .param("ids", parents)
                .query((rs, row) -> threads.put(rs.getString(1), rs.getObject(2, UUID.class)))
                .list();
        return parents.stream().filter(threads::containsKey).map(threads::get).findFirst();
    }

    /** Records a message that could not be taken in as seen, so it is not fetched again (and not twice). */
    void markSeen(String messageId, UUID mailboxId, long uid) {
        jdbc.sql("insert into mail_message (message_id, thread_id, mailbox_id, uid, created_at)"
                        + " values (:messageId, :threadId, :mailboxId, :uid, :now) on conflict (message_id) do nothing")
                .param("messageId", messageId)
                .param("threadId", Ids.newId())
                .param("mailboxId", mailboxId)
                .param("uid", uid)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    void insert(String messageId, UUID threadId, UUID activityId, UUID mailboxId, Long uid) {
        jdbc.sql("insert into mail_message (message_id, thread_id, activity_id, mailbox_id, uid, created_at)"
                        + " values (:messageId, :threadId, :activityId, :mailboxId, :uid, :now)")
                .param("messageId", messageId)
                .param("threadId", threadId)
                .param("activityId", activityId)
                .param("mailboxId", mailboxId)
                .param("uid", uid)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }
}
