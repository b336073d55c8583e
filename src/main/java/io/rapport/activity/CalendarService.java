package io.rapport.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's calendar: the meetings and visits they logged and their tasks with a due time, between two instants;
 * and the secret address of their {@code .ics} feed, for calendar applications that cannot sign in.
 */
@Service
@Transactional(readOnly = true)
class CalendarService {

    static final Duration DEFAULT_LENGTH = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarItem> between(UUID userId, Instant from, Instant to) {
        List<CalendarItem> items = new ArrayList<>(jdbc.sql("select a.id, a.subject, a.channel, a.occurred_at,"
                        + " a.details ->> 'endsAt' as ends_at, a.details ->> 'location' as location,"
                        + " (select l.record_id from activity_link l where l.activity_id = a.id"
                        + " and l.record_type = 'contact' and not l.inherited limit 1) as contact_id"
                        + " from activity a where a.author_id = :userId and a.channel in ('meeting', 'in_person')"
                        + " and a.occurred_at >= :from and a.occurred_at < :to order by a.occurred_at limit 1000")
                .param("userId", userId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> {
                    Instant start = rs.getTimestamp("occurred_at").toInstant();
                    String ends = rs.getString("ends_at");
                    return new CalendarItem(
                            "meeting",
                            rs.getObject("id", UUID.class),
                            rs.getString("subject"),
                            start,
                            ends == null ? start.plus(DEFAULT_LENGTH) : Instant.parse(ends),
                            rs.getString("location"),
                            false,
                            rs.getObject("contact_id", UUID.class));
                })
                .list());
        items.addAll(jdbc.sql("select t.id, t.title, t.due_at, t.done_at,"
                        + " (select l.record_id from task_link l where l.task_id = t.id and l.record_type = 'contact'"
                        + " limit 1) as contact_id"
                        + " from task t where t.assignee_id = :userId and t.due_at >= :from and t.due_at < :to"
                        + " order by t.due_at limit 1000")
                .param("userId", userId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> {
                    Instant due = rs.getTimestamp("due_at").toInstant();
                    return new CalendarItem(
                            "task",
                            rs.getObject("id", UUID.class),
                            rs.getString("title"),
                            due,
                            due.plus(DEFAULT_LENGTH),
                            null,
                            rs.getTimestamp("done_at") != null,
                            rs.getObject("contact_id", UUID.class));
                })
                .list());
        items.sort(Comparator.comparing(CalendarItem::start));
        return items;
    }

    /** A new secret feed address for the user (the old one stops working); the token is shown only now. */
    @Transactional
    String newFeedToken(UUID userId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into calendar_feed (user_id, token_hash, created_at) values (:userId, :hash, now())"
                        + " on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()")
                .param("userId", userId)
                .param("hash", hash(token))
                .update();
        return token;
    }

    @Transactional
    void stopFeed(UUID userId) {
        jdbc.sql("delete from calendar_feed where user_id = :userId")
                .param("userId", userId)
                .update();
    }

    Optional<UUID> feedOwner(String token) {
        return jdbc.sql("select c.user_id from calendar_feed c join app_user u on u.id = c.user_id"
                        + " where c.token_hash = :hash and u.enabled")
                .param("hash", hash(token))
                .query(UUID.class)
                .optional();
    }

    boolean hasFeed(UUID userId) {
        return jdbc.sql("select count(*) from calendar_feed where user_id = :userId")
                        .param("userId", userId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
