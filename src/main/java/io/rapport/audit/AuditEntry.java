package io.rapport.audit;

import io.rapport.shared.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One change to one record: who, when, what, and each field's old and new value. Read through JPA; written by
 * {@link AuditTrail} with SQL.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private UUID id;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private UUID recordId;

    private String action;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<FieldChange> changes;

    protected AuditEntry() {}

    UUID getId() {
        return id;
    }

    String getRecordType() {
        return recordType;
    }

    UUID getRecordId() {
        return recordId;
    }

    String getAction() {
        return action;
    }

    UUID getActorId() {
        return actorId;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    List<FieldChange> getChanges() {
        return changes;
    }
}
