package io.rapport.shared.imports;

import java.util.List;

/** What a batch did: counts, and the rows that failed with the reason for each. */
public record BatchOutcome(int created, int updated, int skipped, List<RowFailure> failures) {

    public record RowFailure(long number, String reason) {}
}
