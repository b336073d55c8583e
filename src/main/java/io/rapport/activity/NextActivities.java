package io.rapport.activity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import io.rapport.shared.record.TimelineDates;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Next activity" of contacts and companies: the earliest activity dated ahead (a meeting) or open task due ahead.
 * Computed again whenever an activity or task of the record is written, and by a job every minute for records
 * whose next activity has passed (then the one after it, or nothing, is next).
 */
@Configuration
class NextActivities {

    static final String JOB = "next-activity-refresh";
    private static final int REFRESHED_PER_RUN = 1_000;

    private final JdbcClient jdbc;
    private final TimelineDates timelineDates;
    private final RecordTypes recordTypes;

    NextActivities(JdbcClient jdbc, TimelineDates timelineDates, RecordTypes recordTypes) {
        this.jdbc = jdbc;
        this.timelineDates = timelineDates;
        this.recordTypes = recordTypes;
    }

    /** Computes the next activity of the records these links name (in the caller's transaction). */
    void refresh(Collection<ActivityLink> links) {
        ActivityService.byType(links).forEach(this::refresh);
    }

    void refresh(String recordType, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, Instant> next = new LinkedHashMap<>();
        ids.forEach(id -> next.put(id, null));
        jdbc.sql("select record_id, min(at) from ("
                        + " select record_id, occurred_at as at from activity_link where record_type = :type"
                        + " and record_id in (:ids) and channel <> 'system' and occurred_at > :now"
                        + " union all select l.record_id, t.due_at from task_link l join task t on t.id = l.task_id"
                        + " where l.record_type = :type and l.record_id in (:ids) and t.done_at is null"
                        + " and t.due_at > :now) ahead group by record_id")
                .param("type", recordType)
                .param("ids", ids)
                .param("now", Timestamp.from(Instant.now()))
                .query((rs, row) ->
                        next.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .list();
        timelineDates.setNextActivity(recordType, next);
    }

    /** Every minute: the records whose next activity has passed get the one after it. */
    @Bean
    RecurringTask<Void> nextActivityRefresh(TransactionTemplate transaction) {
        return Tasks.recurring(JOB, FixedDelay.ofMinutes(1))
                .execute((instance, context) -> transaction.executeWithoutResult(status -> {
                    for (RecordType type : recordTypes.with(RecordType.Feature.TIMELINE)) {
                        refresh(type.name(), timelineDates.withNextActivityPassed(type.name(), REFRESHED_PER_RUN));
                    }
                }));
    }
}
