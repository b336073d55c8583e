package io.rapport.contact;

import io.rapport.shared.MergeRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One merge of contacts into a survivor, with the survivor's fields from before it so it can be undone. */
@Entity
@Table(name = "contact_merge")
class ContactMerge extends MergeRecord {

    @Column(name = "survivor_before")
    @JdbcTypeCode(SqlTypes.JSON)
    private ContactInput survivorBefore;

    protected ContactMerge() {}

    ContactMerge(UUID id, UUID survivorId, List<UUID> mergedIds, ContactInput survivorBefore, UUID mergedBy) {
        super(id, survivorId, mergedIds, mergedBy);
        this.survivorBefore = survivorBefore;
    }

    ContactInput getSurvivorBefore() {
        return survivorBefore;
    }
}
