package io.rapport.customfield;

import io.rapport.shared.FieldChange;
import io.rapport.shared.RecordEvent;
import java.util.List;
import java.util.UUID;

/** A custom field was defined, changed, deleted, restored or purged; the audit trail records it. */
public record CustomFieldChanged(UUID fieldId, Action action, UUID actorId, List<FieldChange> changes)
        implements RecordEvent {

    public static final String RECORD_TYPE = "customField";

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public UUID recordId() {
        return fieldId;
    }
}
