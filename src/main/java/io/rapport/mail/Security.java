package io.rapport.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a connection to a mail server is protected: not at all, TLS from the start, or upgraded by STARTTLS. */
enum Security {
    NONE,
    SSL,
    STARTTLS;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Security> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    int defaultImapPort() {
        return this == SSL ? 993 : 143;
    }

    int defaultSmtpPort() {
        return switch (this) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
    }
}
