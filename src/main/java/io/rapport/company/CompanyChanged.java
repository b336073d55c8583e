package io.rapport.company;

import io.rapport.shared.FieldChange;
import io.rapport.shared.RecordEvent;
import java.util.List;
import java.util.UUID;

/** A company was created, updated, moved to the trash or restored; {@code name} is its name afterwards. */
public record CompanyChanged(UUID recordId, Action action, UUID actorId, List<FieldChange> changes, String name)
        implements RecordEvent {

    public static final String RECORD_TYPE = "company";

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    /** Whether the company's name changed (an edit, a merge that took another name, its undo). */
    public boolean renamed() {
        return action != Action.CREATED
                && changes != null
                && changes.stream().anyMatch(change -> change.field().equals("name"));
    }
}
