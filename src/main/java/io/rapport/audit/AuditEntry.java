package io.rapport.audit;

import io.rapport.shared.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to one record: who, when, what, and each field's old and new value. */
@Entity
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

    AuditEntry(UUID id, String recordType, UUID recordId, String action, UUID actorId, List<FieldChange> changes) {
        this.id = id;
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.actorId = actorId;
        this.occurredAt = Instant.now();
        this.changes = List.copyOf(changes);
    }

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
