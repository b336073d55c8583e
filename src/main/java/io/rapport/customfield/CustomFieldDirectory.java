package io.rapport.customfield;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.KeysetQuery;
import io.rapport.shared.filter.FilterField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the record modules ask of custom fields: the active fields of a record type, and the checking of the
 * values entered for them. Definitions are read on every list page and form, so they are kept in memory; a
 * change made on this node is seen at once, one made on another node within {@link #FRESH_FOR}.
 */
@Service
@Transactional(readOnly = true)
public class CustomFieldDirectory {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final CustomFields fields;
    private final CustomValues values;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(List<FieldDefinition> fields, Instant readAt) {}

    CustomFieldDirectory(CustomFields fields, CustomValues values) {
        this.fields = fields;
        this.values = values;
    }

    /** The values entered for a record's custom fields in stored form, and what is wrong with them. */
    public record Checked(Map<String, Object> values, List<FieldProblem> problems) {}

    /** The active (not deleted) fields of a record type, in their order. */
    /** The active fields' labels by key, in their order. */
    public Map<String, String> labels(String recordType) {
        Map<String, String> labels = new LinkedHashMap<>();
        fields(recordType).forEach(field -> labels.put(field.key(), field.label()));
        return labels;
    }

    public List<FieldDefinition> fields(String recordType) {
        Cached cached = cache.get(recordType);
        if (cached == null || cached.readAt().isBefore(Instant.now().minus(FRESH_FOR))) {
            cached = new Cached(
                    fields.findByRecordTypeOrderByPositionAscLabelAsc(recordType).stream()
                            .filter(field -> !field.isDeleted())
                            .map(CustomField::definition)
                            .toList(),
                    Instant.now());
            cache.put(recordType, cached);
        }
        return cached.fields();
    }

    /** One active field by key, for filters and sorts on {@code custom.<key>}. */
    public Optional<FieldDefinition> field(String recordType, String key) {
        return fields(recordType).stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** A custom field ({@code custom.<key>}) as filters see it. */
    public Optional<FilterField> filterField(String recordType, String name) {
        if (!name.startsWith("custom.")) {
            return Optional.empty();
        }
        return field(recordType, name.substring("custom.".length()))
                .map(field -> FilterField.custom(field.key(), field.type().filterKind()));
    }

    /**
     * A custom field as a list's sort key, the rows' values read by {@code values}; multi selects do not sort.
     * Rows without a value come last.
     */
    public <T> Optional<KeysetQuery.SortKey<T>> sortKey(
            String recordType, String name, Function<T, Map<String, Object>> values) {
        return filterField(recordType, name)
                .filter(field -> field.kind() != FilterField.Kind.OPTIONS)
                .map(field -> {
                    boolean number = field.kind() == FilterField.Kind.NUMBER;
                    boolean text = field.kind() == FilterField.Kind.TEXT;
                    String key = field.customKey();
                    return new KeysetQuery.SortKey<T>(
                            field::sortExpression,
                            row -> {
                                Object value = values.apply(row).get(key);
                                return value == null
                                        ? null
                                        : text ? String.valueOf(value).toLowerCase(Locale.ROOT) : String.valueOf(value);
                            },
                            number ? BigDecimal::new : cursor -> cursor,
                            true);
                });
    }

    void forget() {
        cache.clear();
    }

    /**
     * Checks the values entered for every active field of a record: each read into its stored form, required
     * ones present, a new record's blanks filled with defaults, keys that are no active field refused. Values of
     * deleted fields already stored are carried over untouched (also when sent back, as a record read and
     * patched does), so restoring the field brings them back.
     *
     * @param country the record's country (ISO code), the region local phone numbers are read in
     */
    public Checked check(
            String recordType,
            Map<String, Object> entered,
            Map<String, Object> stored,
            String country,
            boolean creating) {
        List<FieldDefinition> active = fields(recordType);
        Set<String> activeKeys = active.stream().map(FieldDefinition::key).collect(Collectors.toSet());
        Map<String, Object> given = entered == null ? Map.of() : entered;
        Map<String, Object> kept = stored == null ? Map.of() : stored;
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : given.keySet()) {
            if (!activeKeys.contains(key) && !kept.containsKey(key)) {
                problems.add(new FieldProblem("customFields." + key, "is not a custom field of this record type"));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        kept.forEach((key, value) -> {
            if (!activeKeys.contains(key)) {
                result.put(key, value);
            }
        });
        for (FieldDefinition field : active) {
            Object value = values.normalise(field, given.get(field.key()), country, problems);
            if (value == null && creating && !given.containsKey(field.key())) {
                value = field.defaultValue();
            }
            if (value != null) {
                result.put(field.key(), value);
            } else if (field.required() && CustomValues.isEmpty(given.get(field.key()))) {
                problems.add(new FieldProblem("customFields." + field.key(), "is required"));
            }
        }
        return new Checked(result, problems);
    }

    /** A record's values of the active fields, in the fields' order: what pages and the API show. */
    public Map<String, Object> shown(String recordType, Map<String, Object> stored) {
        Map<String, Object> shown = new LinkedHashMap<>();
        if (stored != null) {
            for (FieldDefinition field : fields(recordType)) {
                Object value = stored.get(field.key());
                if (value != null) {
                    shown.put(field.key(), value);
                }
            }
        }
        return shown;
    }
}
