package io.rapport.contact;

import io.rapport.shared.DuplicatePair;
import java.util.List;
import java.util.UUID;

/** A likely duplicate pair in the API: both contacts, the score (0-100) and the reasons. */
record DuplicatePairJson(Side first, Side second, int score, List<String> reasons) {

    record Side(UUID id, String name, String email) {}

    static DuplicatePairJson of(ContactDuplicates.Pair pair) {
        return new DuplicatePairJson(side(pair.first()), side(pair.second()), pair.score(), pair.reasons());
    }

    /** The pair as the duplicates page shows it, the first email as each one's detail. */
    static DuplicatePair shown(ContactDuplicates.Pair pair) {
        DuplicatePairJson json = of(pair);
        return new DuplicatePair(
                new DuplicatePair.Side(
                        json.first().id(), json.first().name(), json.first().email()),
                new DuplicatePair.Side(
                        json.second().id(), json.second().name(), json.second().email()),
                json.score(),
                json.reasons());
    }

    private static Side side(ContactDuplicates.Row row) {
        return new Side(
                row.id(),
                row.name(),
                row.emails().isEmpty() ? null : row.emails().get(0));
    }
}
