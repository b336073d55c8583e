package io.rapport.activity;

import io.rapport.shared.FieldChange;
import io.rapport.shared.Ids;
import io.rapport.shared.RecordEvent;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a contact's or company's own changes on its timeline as compact system entries: created, fields changed
 * (a stage change, a new owner...), moved to the trash, restored, merged. It listens in the change's transaction,
 * like the audit trail, so the entry and the change commit or roll back together. Imports' bulk creations publish
 * no such event and leave no entries.
 *
 * <p>Synchronous on purpose, not an {@code @ApplicationModuleListener}: it is the audit trail's line on the
 * timeline and must be there exactly when the change is (a page shown right after an edit shows it; a change
 * rolled back leaves none, a retried event could not add a second). It is one insert; through the event registry
 * every edit, and every row an import updates, would write and delete a registry row besides.
 */
@Component
class RecordChangeEntries {

    private static final int MOST_FIELDS = 10;
    private static final int LONGEST_VALUE = 100;

    private static final Map<RecordEvent.Action, String> SUBJECTS = Map.of(
            RecordEvent.Action.CREATED, "Created",
            RecordEvent.Action.DELETED, "Moved to the trash",
            RecordEvent.Action.RESTORED, "Restored from the trash",
            RecordEvent.Action.MERGED, "Merged with duplicates",
            RecordEvent.Action.MERGED_INTO, "Merged into another record",
            RecordEvent.Action.MERGE_UNDONE, "A merge was undone");

    private final Activities activities;

    private final RecordTypes recordTypes;

    RecordChangeEntries(Activities activities, RecordTypes recordTypes) {
        this.activities = activities;
        this.recordTypes = recordTypes;
    }

    @EventListener
    void on(RecordEvent event) {
        boolean onTimeline = recordTypes
                .find(event.recordType())
                .filter(type -> type.has(RecordType.Feature.TIMELINE))
                .isPresent();
        List<FieldChange> changes = event.changes() == null ? List.of() : event.changes();
        String subject = event.action() == RecordEvent.Action.UPDATED
                ? changes.isEmpty() ? null : "Changed " + fields(changes)
                : SUBJECTS.get(event.action());
        if (!onTimeline || subject == null || event.actorId() == null) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        activities.insert(new Activity(
                Ids.newId(),
                Channel.SYSTEM,
                null,
                now,
                subject,
                event.action() == RecordEvent.Action.UPDATED ? values(changes) : null,
                Map.of(),
                event.actorId(),
                now,
                List.of(new ActivityLink(event.recordType(), event.recordId(), false))));
    }

    private static String fields(List<FieldChange> changes) {
        String shown =
                changes.stream().limit(MOST_FIELDS).map(FieldChange::field).collect(Collectors.joining(", "));
        return changes.size() > MOST_FIELDS ? shown + " and " + (changes.size() - MOST_FIELDS) + " more" : shown;
    }

    /** One line per field: old value, then new, each cut short. */
    private static String values(List<FieldChange> changes) {
        return changes.stream()
                .limit(MOST_FIELDS)
                .map(change -> change.field() + ": " + cut(change.oldValue()) + " \u2192 " + cut(change.newValue()))
                .collect(Collectors.joining("\n"));
    }

    private static String cut(String value) {
        if (value == null || value.isEmpty()) {
            return "(empty)";
        }
        return value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "\u2026" : value;
    }
}
