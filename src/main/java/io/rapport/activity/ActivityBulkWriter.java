package io.rapport.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes many activities and tasks, with their links, in one SQL statement per thousand rows (arrays of columns
 * unnested into rows), where {@link Activities} and {@link Tasks} write one row a statement. The links must be
 * distinct ({@link BulkTimeline} makes them so).
 */
@Repository
class ActivityBulkWriter {

    private static final int PER_STATEMENT = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ActivityBulkWriter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertActivities(List<Activity> activities) {
        insert("""
                insert into activity (id, channel, direction, occurred_at, subject, body, details, author_id,
                    created_at)
                select cast(id as uuid), channel, direction, cast(occurred_at as timestamptz), subject, body,
                    cast(details as jsonb), cast(author_id as uuid), cast(created_at as timestamptz)
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                    as row(id, channel, direction, occurred_at, subject, body, details, author_id, created_at)""", activities, activity -> new String[] {
            activity.id().toString(),
            activity.channel().code(),
            activity.direction(),
            activity.occurredAt().toString(),
            activity.subject(),
            activity.body(),
            json.writeValueAsString(activity.details()),
            activity.authorId().toString(),
            activity.createdAt().toString()
        });
        List<String[]> links = new ArrayList<>();
        for (Activity activity : activities) {
            for (ActivityLink link : activity.links()) {
                links.add(new String[] {
                    activity.id().toString(),
                    link.recordType(),
                    link.recordId().toString(),
                    activity.occurredAt().toString(),
                    activity.channel().code(),
                    activity.authorId().toString(),
                    Boolean.toString(link.inherited())
                });
            }
        }
        insert("""
                insert into activity_link (activity_id, record_type, record_id, occurred_at, channel, author_id,
                    inherited)
                select cast(activity_id as uuid), record_type, cast(record_id as uuid),
                    cast(occurred_at as timestamptz), channel, cast(author_id as uuid), cast(inherited as boolean)
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]))
                    as row(activity_id, record_type, record_id, occurred_at, channel, author_id, inherited)""", links, Function.identity());
    }

    void insertTasks(List<Task> tasks) {
        insert("""
                insert into task (id, title, notes, due_at, priority, assignee_id, created_by, recurrence, done_at,
                    created_at, updated_at)
                select cast(id as uuid), title, notes, cast(due_at as timestamptz), priority,
                    cast(assignee_id as uuid), cast(created_by as uuid), recurrence, cast(done_at as timestamptz),
                    cast(created_at as timestamptz), cast(updated_at as timestamptz)
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]))
                    as row(id, title, notes, due_at, priority, assignee_id, created_by, recurrence, done_at,
                        created_at, updated_at)""", tasks, task -> new String[] {
            task.id().toString(),
            task.title(),
            task.notes(),
            text(task.dueAt()),
            task.priority(),
            task.assigneeId().toString(),
            task.createdBy().toString(),
            task.recurrence(),
            text(task.doneAt()),
            task.createdAt().toString(),
            task.updatedAt().toString()
        });
        List<String[]> links = new ArrayList<>();
        for (Task task : tasks) {
            for (ActivityLink link : task.links()) {
                links.add(new String[] {
                    task.id().toString(), link.recordType(), link.recordId().toString()
                });
            }
        }
        insert("""
                insert into task_link (task_id, record_type, record_id)
                select cast(task_id as uuid), record_type, cast(record_id as uuid)
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]))
                    as row(task_id, record_type, record_id)""", links, Function.identity());
    }

    /** Runs the statement once per thousand rows, each of its parameters the array of one column. */
    private <T> void insert(String sql, List<T> rows, Function<T, String[]> columns) {
        for (int from = 0; from < rows.size(); from += PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + PER_STATEMENT));
            List<String[]> values = chunk.stream().map(columns).toList();
            int width = values.get(0).length;
            List<Object> parameters = new ArrayList<>(width);
            for (int column = 0; column < width; column++) {
                String[] cells = new String[values.size()];
                for (int row = 0; row < cells.length; row++) {
                    cells[row] = values.get(row)[column];
                }
                parameters.add(cells);
            }
            jdbc.sql(sql).params(parameters).update();
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
