package io.rapport.audit;

import io.rapport.shared.BulkRecordEvent;
import io.rapport.shared.FieldChange;
import io.rapport.shared.Ids;
import io.rapport.shared.RecordEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit trail. Record changes are written in the transaction of the change itself, so a change and
 * its history commit or roll back together.
 */
@Component
class AuditTrail {

    private final SecurityEvents securityEvents;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(SecurityEvents securityEvents, JdbcClient jdbc, JsonMapper json) {
        this.securityEvents = securityEvents;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One insert by SQL: through JPA, the entry (its id assigned here) was merged, which selected it by id before
     * inserting it, and was one more entity for the flush to check (issue 16's profile).
     */
    @EventListener
    void on(RecordEvent event) {
        insert(event.recordType(), event.action(), event.actorId(), event.changes(), new UUID[] {event.recordId()});
    }

    /** One statement for all the records, so an import of a million rows does not write a million entries one by one. */
    @EventListener
    void on(BulkRecordEvent event) {
        if (!event.recordIds().isEmpty()) {
            insert(
                    event.recordType(),
                    event.action(),
                    event.actorId(),
                    event.changes(),
                    event.recordIds().toArray(new UUID[0]));
        }
    }

    private void insert(
            String recordType, RecordEvent.Action action, UUID actorId, List<FieldChange> changes, UUID[] recordIds) {
        jdbc.sql("""
                        insert into audit_entry (id, record_type, record_id, action, actor_id, occurred_at, changes)
                        select gen_random_uuid(), :type, record_id, :action, :actor, :occurredAt, cast(:changes as jsonb)
                        from unnest(cast(:ids as uuid[])) as record_id""")
                .param("type", recordType)
                .param("action", action.name())
                .param("actor", actorId)
                .param("occurredAt", Timestamp.from(Instant.now()))
                .param("changes", json.writeValueAsString(changes == null ? List.of() : changes))
                .param("ids", recordIds)
                .update();
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        // Only interactive sign-ins carry web details; bearer-token requests do not publish this event.
        record(new SecurityEvent(
                Ids.newId(),
                "SIGN_IN",
                event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()),
                null));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        record(new SecurityEvent(
                Ids.newId(),
                "SIGN_IN_FAILED",
                truncate(event.getAuthentication().getName(), 254),
                address(event.getAuthentication().getDetails()),
                truncate(event.getException().getMessage(), 500)));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        record(new SecurityEvent(
                Ids.newId(),
                "SIGN_OUT",
                event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()),
                null));
    }

    private void record(SecurityEvent event) {
        securityEvents.save(event);
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
