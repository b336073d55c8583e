package io.rapport.record;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.Changes;
import io.rapport.shared.FieldChange;
import io.rapport.shared.MergeRecord;
import io.rapport.shared.RecordEvent;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.record.CrmRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The shared parts of a record's life, in the caller's transaction: each change is published as the record
 * module's {@link RecordEvent} with the fields that changed, for the audit trail (in the same transaction) and
 * the timeline. Made by {@link RecordKit#lifecycle}.
 *
 * @param <E> the record's entity
 */
public final class RecordLifecycle<E extends CrmRecord> {

    /** Makes the record module's own event of a change (its type lets listeners tell record types apart). */
    @FunctionalInterface
    public interface Events<E> {
        RecordEvent of(E record, Action action, UUID actorId, List<FieldChange> changes);
    }

    private final Function<E, Map<String, Object>> snapshot;
    private final Events<E> eventOf;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    RecordLifecycle(
            Function<E, Map<String, Object>> snapshot,
            Events<E> eventOf,
            ApplicationEventPublisher events,
            CurrentUser currentUser) {
        this.snapshot = snapshot;
        this.eventOf = eventOf;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** The record's fields as the audit trail compares them; take it before a change to publish the change. */
    public Map<String, Object> snapshot(E record) {
        return snapshot.apply(record);
    }

    /** Publishes what changed since {@code before} (empty for a new record), with any further changes named. */
    public void publish(E record, Action action, Map<String, Object> before, FieldChange... extra) {
        List<FieldChange> changes = new ArrayList<>(Changes.between(before, snapshot(record)));
        changes.addAll(List.of(extra));
        events.publishEvent(eventOf.of(record, action, currentUser.get().id(), changes));
    }

    public void created(E record) {
        publish(record, Action.CREATED, Map.of());
    }

    /** Moves the record to the trash, unless it is there already. */
    public void trash(E record) {
        if (!record.isDeleted()) {
            record.moveToTrash();
            publish(record, Action.DELETED, snapshot(record));
        }
    }

    /** Brings the record back from the trash, unless it is not there. */
    public E restore(E record) {
        if (record.isDeleted()) {
            record.restore();
            publish(record, Action.RESTORED, snapshot(record));
        }
        return record;
    }

    /** A merged record goes to the trash, pointing at the survivor. */
    public void mergedInto(E merged, UUID survivorId) {
        Map<String, Object> before = snapshot(merged);
        merged.mergeInto(survivorId);
        publish(
                merged,
                Action.MERGED_INTO,
                before,
                new FieldChange(MergeRecord.MERGED_INTO, null, survivorId.toString()));
    }

    /** A merge taken back: the merged record comes out of the trash. */
    public void unmerged(E merged) {
        merged.unmerge();
        publish(merged, Action.RESTORED, snapshot(merged));
    }
}
