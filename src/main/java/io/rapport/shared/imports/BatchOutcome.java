package io.rapport.shared.imports;

import java.util.List;

/**
 * What a batch did: counts, the rows that failed with the reason for each, and the rows written with a phone
 * number kept as typed because it is possible but in no range known as assigned (see
 * {@code PhoneNumbers.isVerified}): imported, but worth a look.
 */
public record BatchOutcome(
        int created, int updated, int skipped, List<RowFailure> failures, List<Long> unverifiedPhones) {

    public BatchOutcome(int created, int updated, int skipped, List<RowFailure> failures) {
        this(created, updated, skipped, failures, List.of());
    }

    public record RowFailure(long number, String reason) {}
}
