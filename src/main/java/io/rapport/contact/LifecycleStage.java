package io.rapport.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a person stands with the business, from first contact to advocate. */
enum LifecycleStage {
    SUBSCRIBER,
    LEAD,
    OPPORTUNITY,
    CUSTOMER,
    EVANGELIST,
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static LifecycleStage fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
