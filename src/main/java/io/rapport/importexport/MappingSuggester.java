package io.rapport.importexport;

import io.rapport.shared.imports.ImportField;
import io.rapport.shared.imports.ImportHeaders;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Suggests the field for each column of a file: a saved mapping that knows every header first, then the field
 * whose name, label or alias (the headers of HubSpot, Salesforce, Zoho, Google and Outlook exports) equals the
 * header, then one that is nearly equal (Jaro-Winkler), so "E-mail Adress" still finds the email.
 */
final class MappingSuggester {

    private static final double NEARLY_EQUAL = 0.93;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private MappingSuggester() {}

    /** The field per column, null for a column left out. */
    static List<String> suggest(List<String> headers, List<ImportField> fields, List<Map<String, String>> saved) {
        for (Map<String, String> mapping : saved) {
            if (!headers.isEmpty() && mapping.keySet().containsAll(headers)) {
                Set<String> known =
                        new HashSet<>(fields.stream().map(ImportField::name).toList());
                return headers.stream()
                        .map(header -> known.contains(mapping.get(header)) ? mapping.get(header) : null)
                        .toList();
            }
        }
        List<String> mapping = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String header : headers) {
            ImportField field = exact(header, fields, taken);
            if (field == null) {
                field = nearest(header, fields, taken);
            }
            if (field != null && !field.multiple()) {
                taken.add(field.name());
            }
            mapping.add(field == null ? null : field.name());
        }
        return mapping;
    }

    private static ImportField exact(String header, List<ImportField> fields, Set<String> taken) {
        String wanted = ImportHeaders.comparable(header);
        if (wanted.isEmpty()) {
            return null;
        }
        for (ImportField field : fields) {
            if (!taken.contains(field.name()) && names(field).contains(wanted)) {
                return field;
            }
        }
        return null;
    }

    private static ImportField nearest(String header, List<ImportField> fields, Set<String> taken) {
        String wanted = ImportHeaders.comparable(header);
        if (wanted.length() < 4) {
            return null;
        }
        ImportField best = null;
        double bestScore = NEARLY_EQUAL;
        for (ImportField field : fields) {
            if (taken.contains(field.name())) {
                continue;
            }
            for (String name : names(field)) {
                double score = SIMILARITY.apply(wanted, name);
                if (score >= bestScore) {
                    best = field;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static Set<String> names(ImportField field) {
        Set<String> names = new HashSet<>();
        names.add(ImportHeaders.comparable(field.name()));
        names.add(ImportHeaders.comparable(field.label()));
        field.aliases().forEach(alias -> names.add(ImportHeaders.comparable(alias)));
        return names;
    }
}
