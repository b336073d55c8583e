package io.rapport.shared.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Retries the events whose asynchronous listener failed (a database blip, a bug fixed since): a db-scheduler job
 * every {@value #EVERY_SECONDS} seconds, so once across nodes and without waiting for a restart.
 *
 * <ul>
 *   <li>A publication whose listener threw is {@code FAILED}; it is resubmitted after a wait that doubles with
 *       each attempt, from {@link #FIRST_WAIT} to {@link #LONGEST_WAIT}, so one that keeps failing costs little.
 *   <li>A publication still {@code PUBLISHED}, {@code PROCESSING} or {@code RESUBMITTED} {@link #STALE} after it
 *       was published or last resubmitted was lost with its node (a crash, a kill, a queue cut short at
 *       shutdown): it is marked {@code FAILED} and so retried. Listeners take milliseconds; a listener merely slow
 *       would then run twice, which listeners allow (they are idempotent).
 * </ul>
 *
 * Not Modulith's {@code republish-outstanding-events-on-restart}: with several nodes, one restarting would
 * republish what the others are processing. Not its staleness monitor either: it needs {@code @EnableScheduling},
 * runs on every node, and measures from the first publication, so a publication resubmitted long after it was
 * published would count as stale at once.
 */
@Configuration(proxyBeanMethods = false)
class EventRetry {

    private static final Logger log = LoggerFactory.getLogger(EventRetry.class);

    static final String NAME = "event-publication-retry";
    static final int EVERY_SECONDS = 10;
    static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration STALE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    /** Looked up when the job runs: the scheduler bean needs every task first. */
    private final ObjectProvider<IncompleteEventPublications> publications;

    EventRetry(JdbcClient jdbc, ObjectProvider<IncompleteEventPublications> publications) {
        this.jdbc = jdbc;
        this.publications = publications;
    }

    @Bean
    RecurringTask<Void> eventPublicationRetry() {
        return Tasks.recurring(NAME, FixedDelay.ofSeconds(EVERY_SECONDS)).execute((instance, context) -> retry());
    }

    void retry() {
        Instant now = Instant.now();
        int stale =
                jdbc.sql("""
                        update event_publication set status = 'FAILED'
                         where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                           and coalesce(last_resubmission_date, publication_date) < :before""").param("before", Timestamp.from(now.minus(STALE))).update();
        if (stale > 0) {
            log.warn("{} event publication(s) left unfinished for {} (a node stopped?) will be retried", stale, STALE);
        }
        publications
                .getObject()
                .resubmitIncompletePublications(publication ->
                        publication.getStatus() == EventPublication.Status.FAILED && isDue(publication, now));
    }

    /** Whether a failed publication has waited long enough since its last attempt. */
    static boolean isDue(EventPublication publication, Instant now) {
        int attempts = Math.max(1, publication.getCompletionAttempts());
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.plus(wait).isAfter(now);
    }
}
