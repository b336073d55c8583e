package io.rapport.shared.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline's two dates of every record type with a {@link RecordType.Feature#TIMELINE}: when the record was
 * last in touch ({@code last_contacted_at}) and its earliest meeting or open task ahead ({@code next_activity_at}).
 * Taking part in the timeline means having these columns, which the activity module keeps through this class and
 * the record's entity only reads ({@link CrmRecord}). Written by SQL alone, so they never race an edit of the
 * record; in the caller's transaction.
 */
@Component
public class TimelineDates {

    private final JdbcClient jdbc;
    private final RecordTypes recordTypes;

    TimelineDates(JdbcClient jdbc, RecordTypes recordTypes) {
        this.jdbc = jdbc;
        this.recordTypes = recordTypes;
    }

    /** These records were in touch at {@code at}, unless they were more recently. */
    public void touch(String recordType, Collection<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update " + table(recordType)
                            + " set last_contacted_at = greatest(last_contacted_at, :at) where id in (:ids)")
                    .param("at", Timestamp.from(at))
                    .param("ids", ids)
                    .update();
        }
    }

    /**
     * Each record was in touch at its own time, unless it was more recently: one statement for all of them (a bulk
     * load of activities).
     */
    public void touchAll(String recordType, Map<UUID, Instant> times) {
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
        jdbc.sql("update " + table(recordType) + " r set last_contacted_at = greatest(r.last_contacted_at, t.at)"
                        + " from unnest(cast(:ids as uuid[]), cast(:ats as timestamptz[])) as t(id, at)"
                        + " where r.id = t.id")
                .param("ids", ids)
                .param("ats", ats)
                .update();
    }

    /** Sets when these records were last in touch (null: never), after an activity was taken back. */
    public void setLastContacted(String recordType, Map<UUID, Instant> times) {
        set(recordType, "last_contacted_at", times);
    }

    /** Sets each record's next activity (null: nothing ahead). */
    public void setNextActivity(String recordType, Map<UUID, Instant> times) {
        set(recordType, "next_activity_at", times);
    }

    /** The records whose next activity has passed (it must be computed again), at most {@code limit}. */
    public List<UUID> withNextActivityPassed(String recordType, int limit) {
        return jdbc.sql("select id from " + table(recordType) + " where next_activity_at <= now() limit :limit")
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    private void set(String recordType, String column, Map<UUID, Instant> times) {
        String table = table(recordType);
        times.forEach((id, at) -> jdbc.sql("update " + table + " set " + column + " = :at where id = :id")
                .param("at", at == null ? null : Timestamp.from(at))
                .param("id", id)
                .update());
    }

    /** The table of a timeline type: a plain lower-case word ({@link RecordType} checks it), safe in SQL text. */
    private String table(String recordType) {
        return recordTypes
                .require("recordType", recordType, RecordType.Feature.TIMELINE)
                .table();
    }
}
