package io.rapport.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** How far a role sees into one record type. */
@Entity
@Table(name = "visibility_rule")
class VisibilityRule {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private VisibilityScope scope;

    protected VisibilityRule() {}

    VisibilityRule(Role role, String recordType, VisibilityScope scope) {
        this.key = new Key(role, recordType);
        this.scope = scope;
    }

    Role role() {
        return key.role;
    }

    String recordType() {
        return key.recordType;
    }

    VisibilityScope scope() {
        return scope;
    }

    void changeScope(VisibilityScope scope) {
        this.scope = scope;
    }

    @Embeddable
    record Key(
            @Enumerated(EnumType.STRING) Role role,
            @Column(name = "record_type") String recordType) {}
}
