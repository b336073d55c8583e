package io.rapport.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code last_contacted_at} column of a record table (contact, company): when the record was last in touch
 * with the business. The activity module keeps it through the record modules' directories; it is written by SQL
 * alone, so it never races an edit of the record.
 *
 * @param table the record table, a constant of the module that owns it
 */
public record LastContacted(JdbcClient jdbc, String table) {

    /** These records were in touch at {@code at}, unless they were more recently. */
    public void touch(Collection<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update " + table + " set last_contacted_at = greatest(last_contacted_at, :at) where id in (:ids)")
                    .param("at", Timestamp.from(at))
                    .param("ids", ids)
                    .update();
        }
    }

    /**
     * Each record was in touch at its own time, unless it was more recently: one statement for all of them (a bulk
     * load of activities).
     */
    public void touchAll(Map<UUID, Instant> times) {
        if (times.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[times.size()];
        String[] ats = new String[times.size()];
        int i = 0;
        for (Map.Entry<UUID, Instant> time : times.entrySet()) {
            ids[i] = time.getKey();
            ats[i++] = time.getValue().toString();
        }
        jdbc.sql("update " + table + " r set last_contacted_at = greatest(r.last_contacted_at, t.at)"
                        + " from unnest(cast(:ids as uuid[]), cast(:ats as timestamptz[])) as t(id, at)"
                        + " where r.id = t.id")
                .param("ids", ids)
                .param("ats", ats)
                .update();
    }

    /** Sets when these records were last in touch (null: never), after an activity was taken back. */
    public void set(Map<UUID, Instant> times) {
        times.forEach((id, at) -> jdbc.sql("update " + table + " set last_contacted_at = :at where id = :id")
                .param("at", at == null ? null : Timestamp.from(at))
                .param("id", id)
                .update());
    }
}
