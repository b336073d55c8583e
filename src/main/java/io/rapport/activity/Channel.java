package io.rapport.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How an interaction happened. */
public enum Channel {
    EMAIL,
    CALL,
    MEETING,
    IN_PERSON,
    SOCIAL,
    SMS,
    NOTE,
    /** A change to the record itself (stage, owner, a merge...), written by Rapport from the record's events. */
    SYSTEM;

    /** The codes one may log, as the API and the database write them, for messages. */
    static final String CODES = Arrays.stream(values())
            .filter(Channel::isLoggable)
            .map(Channel::code)
            .collect(Collectors.joining(", "));

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values())
                .filter(channel -> channel.code().equals(code))
                .findFirst();
    }

    /** A note is written about a customer, not exchanged with them: it does not count as being in touch. */
    boolean isInteraction() {
        return this != NOTE && this != SYSTEM;
    }

    /** System entries come from the records' own changes, never from a user or an integration. */
    boolean isLoggable() {
        return this != SYSTEM;
    }

    /** A note's body is rich text (sanitised HTML); other bodies are plain text. */
    public boolean hasRichBody() {
        return this == NOTE;
    }
}
