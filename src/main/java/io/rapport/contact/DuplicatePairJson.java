package io.rapport.contact;

import java.util.List;
import java.util.UUID;

/** A likely duplicate pair in the API: both contacts, the score (0-100) and the reasons. */
record DuplicatePairJson(Side first, Side second, int score, List<String> reasons) {

    record Side(UUID id, String name, String email) {}

    static DuplicatePairJson of(ContactDuplicates.Pair pair) {
        return new DuplicatePairJson(side(pair.first()), side(pair.second()), pair.score(), pair.reasons());
    }

    private static Side side(ContactDuplicates.Row row) {
        return new Side(
                row.id(),
                row.name(),
                row.emails().isEmpty() ? null : row.emails().get(0));
    }
}
