package io.rapport.shared.web;

import io.rapport.shared.RecordMerge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the merge page of any record type shows: the records side by side (the first proposed as survivor), the
 * lists that are united, and a value to pick per field. The page posts {@code survivorId}, {@code ids} and one
 * {@code pick.<field>} per field to {@code action}.
 *
 * @param title the message key of the page's title
 * @param explain the message key of the sentence under it
 */
public record MergePage(
        String title,
        String explain,
        String action,
        String cancel,
        List<Candidate> records,
        List<United> united,
        List<RecordMerge.FieldChoice> choices) {

    private static final String PICK = "pick.";

    /** One of the records to merge. */
    public record Candidate(UUID id, String name) {}

    /** A list field all values of survive: its message key and each record's values joined. */
    public record United(String label, List<String> values) {}

    /** The picks of a posted merge form: field to the id of the record whose value survives. */
    public static Map<String, UUID> picks(Map<String, String> parameters) {
        Map<String, UUID> picks = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(PICK) && !value.isBlank()) {
                picks.put(name.substring(PICK.length()), UUID.fromString(value));
            }
        });
        return picks;
    }
}
