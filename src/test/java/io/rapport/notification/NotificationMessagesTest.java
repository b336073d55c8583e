package io.rapport.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A notification is written in the reader's language from its key and arguments, whatever the arguments hold. */
class NotificationMessagesTest {

    private final StaticMessageSource source = new StaticMessageSource();
    private final NotificationMessages messages = new NotificationMessages(source);

    NotificationMessagesTest() {
        source.addMessage("notification.taskDue", Locale.ENGLISH, "Due: {0}");
        source.addMessage("notification.taskDue", Locale.GERMAN, "F\u00e4llig: {0}");
    }

    @Test
    void theSameNotificationReadsInEachReadersLanguage() {
        Notification due = notification("notification.taskDue", List.of("Call Ada"));

        assertThat(messages.text(due, Locale.ENGLISH)).isEqualTo("Due: Call Ada");
        assertThat(messages.text(due, Locale.GERMAN)).isEqualTo("F\u00e4llig: Call Ada");
    }

    @Test
    void argumentsAreTakenAsTheyAreAndAnUnknownKeyStillShowsSomething() {
        assertThat(messages.text(notification("notification.taskDue", List.of("It's {1} o'clock")), Locale.ENGLISH))
                .isEqualTo("Due: It's {1} o'clock");
        assertThat(messages.text(notification("notification.gone", List.of("a", "b")), Locale.ENGLISH))
                .isEqualTo("notification.gone: a, b");
    }

    private static Notification notification(String key, List<String> args) {
        return new Notification(UUID.randomUUID(), "test", key, args, null, null, null, Instant.now(), null);
    }
}
