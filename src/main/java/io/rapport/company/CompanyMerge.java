package io.rapport.company;

import io.rapport.shared.MergeRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One merge of companies into a survivor, with what its undo needs: the survivor's fields from before it and the
 * child companies it moved under the survivor, each with its parent before.
 */
@Entity
@Table(name = "company_merge")
class CompanyMerge extends MergeRecord {

    @Column(name = "survivor_before")
    @JdbcTypeCode(SqlTypes.JSON)
    private CompanyInput survivorBefore;

    @Column(name = "moved_children")
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<UUID, UUID> movedChildren = new LinkedHashMap<>();

    protected CompanyMerge() {}

    CompanyMerge(
            UUID id,
            UUID survivorId,
            List<UUID> mergedIds,
            CompanyInput survivorBefore,
            Map<UUID, UUID> movedChildren,
            UUID mergedBy) {
        super(id, survivorId, mergedIds, mergedBy);
        this.survivorBefore = survivorBefore;
        this.movedChildren = new LinkedHashMap<>(movedChildren);
    }

    CompanyInput getSurvivorBefore() {
        return survivorBefore;
    }

    Map<UUID, UUID> getMovedChildren() {
        return movedChildren;
    }
}
