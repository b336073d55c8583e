package io.rapport.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.activity.TaskDue;
import io.rapport.company.CompanyChanged;
import io.rapport.shared.FieldChange;
import io.rapport.shared.RecordEvent;
import io.rapport.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event publication registry against the real database: an asynchronous listener's event is kept until the
 * listener has succeeded, failures are retried by the {@code event-publication-retry} job without a restart, and
 * publications a stopped node left behind are picked up.
 */
@IntegrationTest
class EventRegistryIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProbeListener probe;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    @Test
    void anEventWhoseListenerFailsIsKeptIncompleteAndCompletedWhenARetrySucceeds() {
        UUID id = UUID.randomUUID();

        transaction.executeWithoutResult(status -> events.publishEvent(new ProbeEvent(id, 1)));

        await("the first attempt fails and the publication stays, incomplete")
                .atMost(PATIENCE)
                .until(() -> "FAILED".equals(status(id)));
        assertThat(probe.attempts(id)).isEqualTo(1);
        assertThat(probe.succeeded(id)).isFalse();
        assertThat(jdbc.sql("select completion_date is null from event_publication where serialized_event like :id")
                        .param("id", "%" + id + "%")
                        .query(Boolean.class)
                        .single())
                .isTrue();

        await("the retry job resubmits it, the listener succeeds and the publication is done with")
                .atMost(PATIENCE)
                .until(() -> probe.succeeded(id) && status(id) == null);
        assertThat(probe.attempts(id)).isEqualTo(2);
    }

    @Test
    void aListenerThatSucceedsLeavesNothingBehindAndARolledBackEventNeverReachesIt() {
        UUID committed = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();

        transaction.executeWithoutResult(status -> events.publishEvent(new ProbeEvent(committed, 0)));
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ProbeEvent(rolledBack, 0));
            status.setRollbackOnly();
        });

        await().atMost(PATIENCE).until(() -> probe.succeeded(committed) && status(committed) == null);
        assertThat(probe.attempts(rolledBack)).isZero();
        assertThat(status(rolledBack)).isNull();
    }

    @Test
    void aPublicationLeftUnfinishedByAStoppedNodeIsRetried() {
        UUID id = UUID.randomUUID();
        Instant longAgo = Instant.now().minus(EventRetry.STALE).minus(1, ChronoUnit.MINUTES);
        // As a node that died while its listener ran leaves it: processing, for longer than any listener takes.
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts, last_resubmission_date)
                        values (:id, :listener, :type, :event, :at, 'PROCESSING', 1, :at)""")
                .param("id", UUID.randomUUID())
                .param("listener", ProbeListener.ID)
                .param("type", ProbeEvent.class.getName())
                .param("event", json.writeValueAsString(new ProbeEvent(id, 0)))
                .param("at", Timestamp.from(longAgo))
                .update();

        await().atMost(PATIENCE).until(() -> probe.succeeded(id) && status(id) == null);
        assertThat(probe.attempts(id)).isEqualTo(1);
    }

    /**
     * Every event an asynchronous listener takes goes through the registry as JSON and back (on a retry): each
     * such event type has a sample here, and the sample survives the round trip through the application's JSON.
     */
    @Test
    void everyEventOfAnAsynchronousListenerSurvivesJson() {
        UUID someone = UUID.randomUUID();
        List<Object> samples = List.of(
                new ProbeEvent(UUID.randomUUID(), 2),
                new CompanyChanged(
                        UUID.randomUUID(),
                        RecordEvent.Action.UPDATED,
                        someone,
                        List.of(
                                new FieldChange("name", "Old \u00c5s", "New \"\u00c5s\""),
                                new FieldChange("city", null, "Oslo")),
                        "New \"\u00c5s\""),
                new TaskDue(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        someone,
                        "Call back \u2013 d\u00e9j\u00e0 vu",
                        Instant.parse("2031-02-03T04:05:06.789Z")));

        Set<Class<?>> listened = Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(Objects::nonNull)
                .map(ClassUtils::getUserClass)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(ApplicationModuleListener.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());
        assertThat(samples.stream().map(Object::getClass).collect(Collectors.toSet()))
                .as("a sample of each event type an @ApplicationModuleListener takes")
                .containsExactlyInAnyOrderElementsOf(listened);
        for (Object sample : samples) {
            assertThat(json.readValue(json.writeValueAsString(sample), sample.getClass()))
                    .isEqualTo(sample);
        }
    }

    /** The status of the registry's row for the probe event with this id, or null when there is none. */
    private String status(UUID id) {
        List<String> rows = jdbc.sql("select status from event_publication where serialized_event like :id")
                .param("id", "%" + id + "%")
                .query(String.class)
                .list();
        assertThat(rows).hasSizeLessThanOrEqualTo(1);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
