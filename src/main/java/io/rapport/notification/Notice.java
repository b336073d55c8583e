package io.rapport.notification;

import io.rapport.shared.Ids;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification to write for a user.
 *
 * @param id the notification's id: a listener passes its event's id, so an event handled twice notifies once
 * @param kind what sort of notification, such as {@code task-due}
 * @param messageKey the message (in {@code messages.properties}) that says it, such as {@code notification.taskDue}
 * @param args the message's arguments, as text ({@code {0}}, {@code {1}}...), such as a task's title
 * @param link where it leads in the app (a path such as {@code /tasks}), or null
 * @param subjectType the type of record it is about ({@code task}), or null
 * @param subjectId that record's id, or null
 */
public record Notice(
        UUID id,
        UUID userId,
        String kind,
        String messageKey,
        List<String> args,
        String link,
        String subjectType,
        UUID subjectId) {

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A notification with a new id, about nothing in particular. */
    public static Notice of(UUID userId, String kind, String messageKey, List<String> args, String link) {
        return new Notice(Ids.newId(), userId, kind, messageKey, args, link, null, null);
    }

    /** The same, about a record. */
    public Notice about(String type, UUID id) {
        return new Notice(this.id, userId, kind, messageKey, args, link, type, id);
    }

    /** The same with a given id (an event's), so that writing it twice writes it once. */
    public Notice withId(UUID id) {
        return new Notice(id, userId, kind, messageKey, args, link, subjectType, subjectId);
    }
}
