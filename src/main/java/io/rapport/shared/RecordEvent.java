package io.rapport.shared;

import java.util.List;
import java.util.UUID;

/**
 * A change to a business record. Modules publish their own event records implementing this; the audit trail
 * listens to the interface, so a new record type is audited without touching the audit module.
 */
public interface RecordEvent {

    enum Action {
        CREATED,
        UPDATED,
        DELETED,
        RESTORED,
        /** Other records were merged into this one; its changes include {@code mergeId}. */
        MERGED,
        /** This record was merged into another and moved to the trash. */
        MERGED_INTO,
        /** A merge into this record was taken back. */
        MERGE_UNDONE,
        /** Deleted for good, with whatever it held. */
        PURGED
    }

    String recordType();

    UUID recordId();

    Action action();

    UUID actorId();

    List<FieldChange> changes();
}
