package io.rapport.shared.web;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordMerge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    /** What a record type's merger does with a posted merge form. */
    @FunctionalInterface
    public interface Merger {
        void merge(UUID survivorId, List<UUID> mergedIds, Map<String, UUID> picks);
    }

    /**
     * Handles a posted merge form of the list at {@code base} ("/contacts"): the survivor's page with
     * {@code notice}, or the merge page again with the problem.
     */
    public static String submit(
            String base,
            UUID survivorId,
            List<UUID> ids,
            Map<String, String> parameters,
            Merger merger,
            String notice,
            RedirectAttributes redirect) {
        List<UUID> merged =
                ids.stream().filter(id -> !id.equals(survivorId)).distinct().toList();
        try {
            merger.merge(survivorId, merged, picks(parameters));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
            redirect.addAttribute("ids", ids);
            return "redirect:" + base + "/merge";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + base + "/" + survivorId;
    }

    /** Handles an "Undo this merge": the survivor's page with {@code notice}, or the list with the problem. */
    public static String undo(String base, Supplier<UUID> undo, String notice, RedirectAttributes redirect) {
        try {
            UUID survivorId = undo.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + base + "/" + survivorId;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
            return "redirect:" + base;
        }
    }

    /** The picks of a posted merge form: field to the id of the record whose value survives. */
    static Map<String, UUID> picks(Map<String, String> parameters) {
        Map<String, UUID> picks = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(PICK) && !value.isBlank()) {
                picks.put(name.substring(PICK.length()), UUID.fromString(value));
            }
        });
        return picks;
    }
}
