package io.rapport.audit;

import io.rapport.shared.BulkRecordEvent;
import io.rapport.shared.Ids;
import io.rapport.shared.RecordEvent;
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

    private final AuditEntries entries;
    private final SecurityEvents securityEvents;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(AuditEntries entries, SecurityEvents securityEvents, JdbcClient jdbc, JsonMapper json) {
        this.entries = entries;
        this.securityEvents = securityEvents;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    void on(RecordEvent event) {
        entries.save(new AuditEntry(
                Ids.newId(),
                event.recordType(),
                event.recordId(),
                event.action().name(),
                event.actorId(),
                event.changes()));
    }

    /** One statement for all the records, so an import of a million rows does not write a million entries one by one. */
    @EventListener
    void on(BulkRecordEvent event) {
        if (event.recordIds().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into audit_entry (id, record_type, record_id, action, actor_id, occurred_at, changes)
                        select gen_random_uuid(), :type, record_id, :action, :actor, now(), cast(:changes as jsonb)
                        from unnest(cast(:ids as uuid[])) as record_id""")
                .param("type", event.recordType())
                .param("action", event.action().name())
                .param("actor", event.actorId())
                .param("changes", json.writeValueAsString(event.changes()))
                .param("ids", event.recordIds().toArray(new UUID[0]))
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
