package io.rapport.shared.imports;

import io.rapport.shared.FieldProblem;
import java.util.List;
import java.util.Map;

/**
 * A row as it would be imported: its values after normalisation, what is wrong with it, and what would happen.
 *
 * @param outcome "create", "update", "skip" or "fail"
 * @param matchedId the existing record the row matches, or null
 */
public record RowPreview(
        long number, Map<String, String> values, List<FieldProblem> problems, String outcome, String matchedId) {}
