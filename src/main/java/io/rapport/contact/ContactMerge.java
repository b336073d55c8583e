package io.rapport.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One merge of contacts into a survivor, with the survivor's fields from before it so it can be undone. */
@Entity
@Table(name = "contact_merge")
class ContactMerge {

    @Id
    private UUID id;

    @Column(name = "survivor_id")
    private UUID survivorId;

    @Column(name = "merged_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> mergedIds = new ArrayList<>();

    @Column(name = "survivor_before")
    @JdbcTypeCode(SqlTypes.JSON)
    private ContactInput survivorBefore;

    @Column(name = "merged_by")
    private UUID mergedBy;

    @Column(name = "merged_at")
    private Instant mergedAt;

    @Column(name = "undone_by")
    private UUID undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected ContactMerge() {}

    ContactMerge(UUID id, UUID survivorId, List<UUID> mergedIds, ContactInput survivorBefore, UUID mergedBy) {
        this.id = id;
        this.survivorId = survivorId;
        this.mergedIds = new ArrayList<>(mergedIds);
        this.survivorBefore = survivorBefore;
        this.mergedBy = mergedBy;
        this.mergedAt = Instant.now();
    }

    void undone(UUID by) {
        undoneBy = by;
        undoneAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getSurvivorId() {
        return survivorId;
    }

    public List<UUID> getMergedIds() {
        return mergedIds;
    }

    ContactInput getSurvivorBefore() {
        return survivorBefore;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }
}
