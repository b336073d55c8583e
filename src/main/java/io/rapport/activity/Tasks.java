package io.rapport.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The task tables, in SQL. */
@Repository
class Tasks {

    private final JdbcClient jdbc;

    Tasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Task task) {
        jdbc.sql("insert into task (id, title, notes, due_at, priority, assignee_id, created_by, recurrence, done_at,"
                        + " created_at, updated_at) values (:id, :title, :notes, :dueAt, :priority, :assigneeId,"
                        + " :createdBy, :recurrence, :doneAt, :createdAt, :updatedAt)")
                .params(fields(task))
                .param("createdBy", task.createdBy())
                .param("createdAt", timestamp(task.createdAt()))
                .update();
        insertLinks(task);
    }

    /** The task's links as it holds them now, in place of those it had. */
    void replaceLinks(Task task) {
        jdbc.sql("delete from task_link where task_id = :id")
                .param("id", task.id())
                .update();
        insertLinks(task);
    }

    private void insertLinks(Task task) {
        for (ActivityLink link : task.links()) {
            jdbc.sql("insert into task_link (task_id, record_type, record_id) values (:id, :type, :recordId)"
                            + " on conflict do nothing")
                    .param("id", task.id())
                    .param("type", link.recordType())
                    .param("recordId", link.recordId())
                    .update();
        }
    }

    void update(Task task) {
        jdbc.sql("update task set title = :title, notes = :notes, due_at = :dueAt, priority = :priority,"
                        + " assignee_id = :assigneeId, recurrence = :recurrence, done_at = :doneAt,"
                        + " updated_at = :updatedAt where id = :id")
                .params(fields(task))
                .update();
    }

    /** The columns a change may touch, as named parameters (values may be null, so not {@code Map.of}). */
    private static Map<String, Object> fields(Task task) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", task.id());
        fields.put("title", task.title());
        fields.put("notes", task.notes());
        fields.put("dueAt", timestamp(task.dueAt()));
        fields.put("priority", task.priority());
        fields.put("assigneeId", task.assigneeId());
        fields.put("recurrence", task.recurrence());
        fields.put("doneAt", timestamp(task.doneAt()));
        fields.put("updatedAt", timestamp(task.updatedAt()));
        return fields;
    }

    Optional<Task> find(UUID id) {
        return withLinks(jdbc.sql("select * from task where id = :id")
                        .param("id", id)
                        .query(this::task)
                        .list())
                .stream()
                .findFirst();
    }

    /** A user's tasks: open ones by due time (those without one last), or done ones, newest done first. */
    List<Task> of(UUID assigneeId, boolean done, int limit) {
        String order = done ? "done_at desc" : "due_at asc nulls last, created_at";
        return withLinks(jdbc.sql("select * from task where assignee_id = :assigneeId and (done_at is not null) = :done"
                        + " order by " + order + ", id limit :limit")
                .param("assigneeId", assigneeId)
                .param("done", done)
                .param("limit", limit)
                .query(this::task)
                .list());
    }

    /** The tasks that concern a record, open ones first. */
    List<Task> ofRecord(String recordType, UUID recordId, int limit) {
        return withLinks(jdbc.sql("select t.* from task_link l join task t on t.id = l.task_id"
                        + " where l.record_type = :type and l.record_id = :recordId"
                        + " order by (t.done_at is not null), t.due_at asc nulls last, t.id limit :limit")
                .param("type", recordType)
                .param("recordId", recordId)
                .param("limit", limit)
                .query(this::task)
                .list());
    }

    void delete(UUID id) {
        jdbc.sql("delete from task where id = :id").param("id", id).update();
    }

    private List<Task> withLinks(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<UUID, List<ActivityLink>> links = new HashMap<>();
        jdbc.sql("select task_id, record_type, record_id from task_link where task_id in (:ids)")
                .param("ids", tasks.stream().map(Task::id).toList())
                .query((rs, row) -> links.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new ActivityLink(rs.getString(2), rs.getObject(3, UUID.class), false)))
                .list();
        return tasks.stream()
                .map(t -> new Task(
                        t.id(),
                        t.title(),
                        t.notes(),
                        t.dueAt(),
                        t.priority(),
                        t.assigneeId(),
                        t.createdBy(),
                        t.recurrence(),
                        t.doneAt(),
                        t.createdAt(),
                        t.updatedAt(),
                        List.copyOf(links.getOrDefault(t.id(), List.of()))))
                .toList();
    }

    private Task task(ResultSet rs, int row) throws SQLException {
        return new Task(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("notes"),
                instant(rs.getTimestamp("due_at")),
                rs.getString("priority"),
                rs.getObject("assignee_id", UUID.class),
                rs.getObject("created_by", UUID.class),
                rs.getString("recurrence"),
                instant(rs.getTimestamp("done_at")),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                List.of());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
