package io.rapport.shared.record;

import io.rapport.shared.filter.FilterField;
import io.rapport.shared.filter.FilterField.Kind;
import io.rapport.shared.value.Countries;
import java.util.Arrays;
import java.util.List;

/** Filter fields that many record types share, so each declares them by name once. */
public final class CommonFilterFields {

    /** The fields of a {@link PostalAddress} embedded as {@code address}. */
    public static final List<FilterField> ADDRESS = List.of(
            FilterField.of("street", Kind.TEXT, "address.street"),
            FilterField.of("postalCode", Kind.TEXT, "address.postalCode"),
            FilterField.of("city", Kind.TEXT, "address.city"),
            FilterField.of("region", Kind.TEXT, "address.region"),
            FilterField.code("country", "address.country", Countries::codeOrAsGiven));

    /** The fields of every {@link CrmRecord}: owner, tags, and its times. */
    public static final List<FilterField> RECORD = List.of(
            FilterField.of("ownerId", Kind.UUID, "ownerId"),
            FilterField.of("tags", Kind.TEXT_ARRAY, "tags"),
            FilterField.of("createdAt", Kind.INSTANT, "createdAt"),
            FilterField.of("updatedAt", Kind.INSTANT, "updatedAt"),
            FilterField.of("lastContactedAt", Kind.INSTANT, "lastContactedAt"),
            FilterField.of("nextActivityAt", Kind.INSTANT, "nextActivityAt"));

    private CommonFilterFields() {}

    /** The lists one after the other. */
    @SafeVarargs
    public static List<FilterField> concat(List<FilterField>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
