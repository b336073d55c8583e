package io.rapport.activity;

import io.rapport.shared.Cursor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The activity tables, in SQL: a timeline is one range of the link table's index, newest first. */
@Repository
class Activities {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Activities(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Activity activity) {
        jdbc.sql("insert into activity (id, channel, direction, occurred_at, subject, body, details, author_id,"
                        + " created_at) values (:id, :channel, :direction, :occurredAt, :subject, :body,"
                        + " cast(:details as jsonb), :authorId, :createdAt)")
                .param("id", activity.id())
                .param("channel", activity.channel().code())
                .param("direction", activity.direction())
                .param("occurredAt", Timestamp.from(activity.occurredAt()))
                .param("subject", activity.subject())
                .param("body", activity.body())
                .param("details", json.writeValueAsString(activity.details()))
                .param("authorId", activity.authorId())
                .param("createdAt", Timestamp.from(activity.createdAt()))
                .update();
        for (ActivityLink link : activity.links()) {
            jdbc.sql("insert into activity_link (activity_id, record_type, record_id, occurred_at, channel, author_id,"
                            + " inherited) values (:id, :type, :recordId, :occurredAt, :channel, :authorId, :inherited)"
                            + " on conflict do nothing")
                    .param("id", activity.id())
                    .param("type", link.recordType())
                    .param("recordId", link.recordId())
                    .param("occurredAt", Timestamp.from(activity.occurredAt()))
                    .param("channel", activity.channel().code())
                    .param("authorId", activity.authorId())
                    .param("inherited", link.inherited())
                    .update();
        }
    }

    Optional<Activity> find(UUID id) {
        List<Activity> found = withLinks(jdbc.sql("select * from activity where id = :id")
                .param("id", id)
                .query(this::activity)
                .list());
        return found.stream().findFirst();
    }

    /**
     * A record's activities, newest first, after the cursor: optionally of one channel or author. The
     * {@code (occurred_at, activity_id) <} bound lets PostgreSQL start the index scan at the cursor.
     */
    List<Activity> timeline(String recordType, UUID recordId, TimelineQuery query, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select a.* from activity_link l join activity a on a.id = l.activity_id"
                + " where l.record_type = :type and l.record_id = :recordId");
        Map<String, Object> params = new HashMap<>(Map.of("type", recordType, "recordId", recordId, "limit", limit));
        if (query.channel() != null) {
            sql.append(" and l.channel = :channel");
            params.put("channel", query.channel().code());
        }
        if (query.authorId() != null) {
            sql.append(" and l.author_id = :authorId");
            params.put("authorId", query.authorId());
        }
        if (after != null) {
            sql.append(" and l.occurred_at <= :at and (l.occurred_at, l.activity_id) < (:at, :lastId)");
            params.put("at", Timestamp.from(Instant.parse(after.sortValue())));
            params.put("lastId", after.id());
        }
        sql.append(" order by l.occurred_at desc, l.activity_id desc limit :limit");
        return withLinks(
                jdbc.sql(sql.toString()).params(params).query(this::activity).list());
    }

    /** Adds to (or overwrites fields of) an activity's details: an email's sending status, its Message-ID. */
    void mergeDetails(UUID id, Map<String, Object> fields) {
        jdbc.sql("update activity set details = details || cast(:fields as jsonb) where id = :id")
                .param("id", id)
                .param("fields", json.writeValueAsString(fields))
                .update();
    }

    /** The emails of a thread, oldest first. */
    List<Activity> thread(String threadId) {
        return withLinks(jdbc.sql("select * from activity where channel = 'email' and details ->> 'threadId' = :thread"
                        + " order by occurred_at, id limit 200")
                .param("thread", threadId)
                .query(this::activity)
                .list());
    }

    void insertHtml(UUID id, String html) {
        jdbc.sql("insert into email_body (activity_id, html) values (:id, :html)")
                .param("id", id)
                .param("html", html)
                .update();
    }

    Optional<String> html(UUID id) {
        return jdbc.sql("select html from email_body where activity_id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from activity where id = :id").param("id", id).update();
    }

    /** When each record was last in touch: its newest activity that is not a note and not in the future. */
    Map<UUID, Instant> lastContacted(String recordType, Collection<UUID> ids) {
        Map<UUID, Instant> times = new LinkedHashMap<>();
        ids.forEach(id -> times.put(id, null));
        if (!ids.isEmpty()) {
            jdbc.sql("select record_id, max(occurred_at) from activity_link where record_type = :type"
                            + " and record_id in (:ids) and channel not in ('note', 'system') and occurred_at <= now()"
                            + " group by record_id")
                    .param("type", recordType)
                    .param("ids", ids)
                    .query((rs, row) -> times.put(
                            rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                    .list();
        }
        return times;
    }

    private List<Activity> withLinks(List<Activity> activities) {
        if (activities.isEmpty()) {
            return activities;
        }
        Map<UUID, List<ActivityLink>> links = new HashMap<>();
        jdbc.sql("select activity_id, record_type, record_id, inherited from activity_link"
                        + " where activity_id in (:ids)")
                .param("ids", activities.stream().map(Activity::id).toList())
                .query((rs, row) -> links.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new ActivityLink(rs.getString(2), rs.getObject(3, UUID.class), rs.getBoolean(4))))
                .list();
        return activities.stream()
                .map(a -> new Activity(
                        a.id(),
                        a.channel(),
                        a.direction(),
                        a.occurredAt(),
                        a.subject(),
                        a.body(),
                        a.details(),
                        a.authorId(),
                        a.createdAt(),
                        List.copyOf(links.getOrDefault(a.id(), List.of()))))
                .toList();
    }

    private Activity activity(ResultSet rs, int row) throws SQLException {
        return new Activity(
                rs.getObject("id", UUID.class),
                Channel.fromCode(rs.getString("channel")).orElseThrow(),
                rs.getString("direction"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("subject"),
                rs.getString("body"),
                json.readValue(rs.getString("details"), DETAILS),
                rs.getObject("author_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                List.of());
    }
}
