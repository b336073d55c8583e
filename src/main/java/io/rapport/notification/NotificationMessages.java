package io.rapport.notification;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes notifications in the reader's language (the request's locale), from their message key and arguments. */
@Component
class NotificationMessages {

    private final MessageSource messages;

    NotificationMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** A key the messages lack (a module removed since) still shows something: the key and its arguments. */
    String text(Notification notification, Locale locale) {
        Object[] args = notification.args().toArray();
        String fallback = notification.args().isEmpty()
                ? notification.messageKey()
                : notification.messageKey() + ": " + String.join(", ", notification.args());
        return messages.getMessage(notification.messageKey(), args, fallback, locale);
    }
}
