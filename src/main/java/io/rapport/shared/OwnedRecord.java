package io.rapport.shared;

import io.rapport.shared.search.RapportAnalysisConfigurer;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

/**
 * What every business record has: a time-ordered id, an owner (who visibility is decided by), tags, creation and
 * change times, a trash (a deletion that can be undone) and a version for optimistic locking. The search index
 * holds the owner, the tags and the trash state, so searches filter on them like lists do.
 */
@MappedSuperclass
public abstract class OwnedRecord {

    @Id
    private UUID id;

    @Column(name = "owner_id")
    @KeywordField
    private UUID ownerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(
            name = "tags",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    private List<String> tags = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "deleted_at")
    @GenericField
    private Instant deletedAt;

    @Version
    private long version;

    protected OwnedRecord() {}

    protected OwnedRecord(UUID id) {
        this.id = id;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Takes the owner and tags of an edit and marks the record changed now. */
    protected void changed(UUID ownerId, List<String> tags) {
        this.ownerId = ownerId;
        this.tags = new ArrayList<>(tags);
        this.updatedAt = Instant.now();
    }

    public void moveToTrash() {
        deletedAt = Instant.now();
        updatedAt = deletedAt;
    }

    public void restore() {
        deletedAt = null;
        updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public List<String> getTags() {
        return tags;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
