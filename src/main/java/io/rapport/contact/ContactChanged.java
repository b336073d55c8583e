package io.rapport.contact;

import io.rapport.shared.FieldChange;
import io.rapport.shared.RecordEvent;
import java.util.List;
import java.util.UUID;

/** A contact was created, updated, moved to the trash or restored. */
public record ContactChanged(UUID recordId, Action action, UUID actorId, List<FieldChange> changes)
        implements RecordEvent {

    public static final String RECORD_TYPE = "contact";

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }
}
