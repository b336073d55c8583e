package io.rapport.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One merge of records into a survivor, as every record type keeps it: who merged what into which, when, and
 * whether it was taken back. Each type adds what its undo needs (the survivor's fields from before...).
 */
@MappedSuperclass
public abstract class MergeRecord {

    /** The survivor's history field naming the merge. */
    public static final String MERGE_ID = "mergeId";

    /** The survivor's history field listing the merged records. */
    public static final String MERGED = "merged";

    /** A merged record's history field naming its survivor. */
    public static final String MERGED_INTO = "mergedInto";

    @Id
    private UUID id;

    @Column(name = "survivor_id")
    private UUID survivorId;

    @Column(name = "merged_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> mergedIds = new ArrayList<>();

    @Column(name = "merged_by")
    private UUID mergedBy;

    @Column(name = "merged_at")
    private Instant mergedAt;

    @Column(name = "undone_by")
    private UUID undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected MergeRecord() {}

    protected MergeRecord(UUID id, UUID survivorId, List<UUID> mergedIds, UUID mergedBy) {
        this.id = id;
        this.survivorId = survivorId;
        this.mergedIds = new ArrayList<>(mergedIds);
        this.mergedBy = mergedBy;
        this.mergedAt = Instant.now();
    }

    /** Marks the merge as taken back; one that was already cannot be again. */
    public void undone(UUID by) {
        if (isUndone()) {
            throw new InvalidInputException("mergeId", "this merge has been undone already");
        }
        undoneBy = by;
        undoneAt = Instant.now();
    }

    /**
     * What the survivor's history records of this merge: its id (for undoing it) and the ids of the records
     * merged, comma-separated (the History tab shows their names).
     */
    public FieldChange[] historyChanges() {
        return new FieldChange[] {
            new FieldChange(MERGE_ID, null, id.toString()),
            new FieldChange(MERGED, null, mergedIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
        };
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

    public Instant getMergedAt() {
        return mergedAt;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }
}
