package io.rapport.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A sign-in, a failed sign-in or a sign-out. */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    @Id
    private UUID id;

    private String kind;
    private String principal;

    @Column(name = "remote_addr")
    private String remoteAddr;

    private String detail;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected SecurityEvent() {}

    SecurityEvent(UUID id, String kind, String principal, String remoteAddr, String detail) {
        this.id = id;
        this.kind = kind;
        this.principal = principal;
        this.remoteAddr = remoteAddr;
        this.detail = detail;
        this.occurredAt = Instant.now();
    }

    public String getKind() {
        return kind;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getRemoteAddr() {
        return remoteAddr;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
