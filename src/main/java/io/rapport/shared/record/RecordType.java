package io.rapport.shared.record;

import io.rapport.shared.filter.FilterField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A kind of business record (contact, company, deal...), declared once as a bean by the module that owns it. The
 * shared parts (visibility administration, custom fields, saved views, list links, the timeline, the global
 * search) read the registered types from {@link RecordTypes}; none of them names a record type. A new record type
 * appears in all of them by existing.
 *
 * @param name the type's name in events, the audit trail, custom fields, saved views and visibility rules
 *     ({@code contact}); its labels are the messages {@code recordType.<name>} (plural, for menus and lists) and
 *     {@code customField.recordType.<name>} (singular)
 * @param listPath the path segment of its list in the UI ({@code /contacts}) and the API ({@code /api/v1/contacts})
 * @param table the table that holds its rows, with their custom values in a JSONB column {@code custom_fields}
 * @param filterFields the fixed fields a list filter may name (custom fields come from the customfield module)
 * @param search how the global search box finds records of this type; {@code null} keeps it out of the box
 * @param features which shared parts serve it
 */
public record RecordType(
        String name,
        String listPath,
        String table,
        List<FilterField> filterFields,
        RecordSearch search,
        Set<Feature> features) {

    /** The shared parts a record type may take part in. */
    public enum Feature {
        /** Per-role visibility rules (all, team, own) on the administration page. */
        VISIBILITY,
        /** Fields administrators add. */
        CUSTOM_FIELDS,
        /** Saved list views (filter, columns, sort). */
        SAVED_VIEWS,
        /** Activities and tasks may be linked to it and show on its timeline. */
        TIMELINE
    }

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{1,30}");

    public RecordType {
        if (!NAME.matcher(name).matches()
                || !NAME.matcher(listPath).matches()
                || !NAME.matcher(table).matches()) {
            // Names go into SQL (the custom-field indexes) and URL patterns: only plain lower-case words.
            throw new IllegalArgumentException("record type names, paths and tables are lower-case words: " + name);
        }
        filterFields = List.copyOf(filterFields);
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }

    /** A type that takes part in every shared part. */
    public static RecordType of(
            String name, String listPath, String table, List<FilterField> filterFields, RecordSearch search) {
        return new RecordType(name, listPath, table, filterFields, search, EnumSet.allOf(Feature.class));
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    /** The UI path of its list, {@code /contacts}. */
    public String uiPath() {
        return "/" + listPath;
    }

    /** The UI path of one record. */
    public String uiPath(UUID id) {
        return uiPath() + "/" + id;
    }

    /** The message key of its name in the plural, for menus, group headings and administration pages. */
    public String labelKey() {
        return "recordType." + name;
    }

    /** The names of its fixed filter fields, for the list page's condition row. */
    public List<String> filterFieldNames() {
        return filterFields.stream().map(FilterField::name).toList();
    }
}
