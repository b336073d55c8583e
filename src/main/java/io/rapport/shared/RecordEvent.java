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
        RESTORED
    }

    String recordType();

    UUID recordId();

    Action action();

    UUID actorId();

    List<FieldChange> changes();
}
