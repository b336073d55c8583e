package io.rapport.shared;

import java.util.List;
import java.util.UUID;

/**
 * The same change to many records at once (an import's new records, an undo), published instead of one
 * {@link RecordEvent} per record so the audit trail writes them in one statement.
 */
public record BulkRecordEvent(
        String recordType, List<UUID> recordIds, RecordEvent.Action action, UUID actorId, List<FieldChange> changes) {}
