package io.rapport.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code next_activity_at} column of a record table (contact, company): the earliest meeting or open task
 * ahead. The activity module computes it and sets it through the record modules' directories, by SQL alone (like
 * {@link LastContacted}).
 *
 * @param table the record table, a constant of the module that owns it
 */
public record NextActivity(JdbcClient jdbc, String table) {

    /** Sets each record's next activity (null: nothing ahead). */
    public void set(Map<UUID, Instant> times) {
        times.forEach((id, at) -> jdbc.sql("update " + table + " set next_activity_at = :at where id = :id")
                .param("at", at == null ? null : Timestamp.from(at))
                .param("id", id)
                .update());
    }
}
