package io.rapport.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The field-by-field part of merging records of one type, worked on their inputs as JSON trees so every record
 * type shares it: one value survives per field (the survivor's, the one picked, or the first merged record's
 * where the survivor has none), and list fields (emails, tags...) are united.
 *
 * @param fields the fields one value of survives
 * @param lists the list fields whose values are all kept, each once (ignoring case)
 * @param noun what the records are called in messages, in the plural
 * @param customLabels the labels of the custom fields among {@code fields}, by key
 */
public record RecordMerge(List<String> fields, List<String> lists, String noun, Map<String, String> customLabels) {

    public RecordMerge(List<String> fields, List<String> lists, String noun) {
        this(fields, lists, noun, Map.of());
    }

    private static final int MOST_MERGED = 10;
    private static final String CUSTOM = "custom.";

    /**
     * What a merge endpoint ({@code POST /api/v1/<records>/merge}) takes: {@code fields} names, per field, the
     * record whose value survives.
     */
    public record Request(UUID survivorId, List<UUID> mergedIds, Map<String, UUID> fields) {

        public Map<String, UUID> picks() {
            return fields == null ? Map.of() : fields;
        }
    }

    /** A merge done: its id (to undo it) and the survivor as it is now. */
    public record Done<T>(UUID mergeId, T survivor) {}

    /**
     * One field of the records about to be merged: each one's value as shown, and which is proposed to survive.
     *
     * @param label a custom field's label; null for a fixed field (the page names it from its messages)
     */
    public record FieldChoice(String field, String label, List<String> values, int proposed) {}

    /**
     * The same rules with custom fields too, one value of each surviving like a fixed field's: {@code custom.<key>}
     * in picks and choices, read from and written to the input's {@code customFields}.
     *
     * @param labels the active custom fields' labels by key, in their order
     */
    public RecordMerge withCustomFields(Map<String, String> labels) {
        List<String> all = new ArrayList<>(fields);
        labels.keySet().forEach(key -> all.add(CUSTOM + key));
        return new RecordMerge(all, lists, noun, labels);
    }

    /** A merge request that makes sense: a survivor, 1 to 10 other records each once, picks among them. */
    public void check(UUID survivorId, List<UUID> mergedIds, Map<String, UUID> picks) {
        List<FieldProblem> problems = new ArrayList<>();
        if (survivorId == null) {
            problems.add(new FieldProblem("survivorId", "must not be null"));
        }
        if (mergedIds == null || mergedIds.isEmpty() || mergedIds.size() > MOST_MERGED) {
            problems.add(new FieldProblem("mergedIds", "must list 1 to " + MOST_MERGED + " " + noun));
        } else if (mergedIds.stream().anyMatch(Objects::isNull)) {
            // JSON null, and "" (which Jackson reads as a null UUID).
            problems.add(new FieldProblem("mergedIds", "must not contain empty ids"));
        } else if (mergedIds.contains(survivorId) || Set.copyOf(mergedIds).size() != mergedIds.size()) {
            problems.add(new FieldProblem("mergedIds", "must be other " + noun + " than the survivor, each once"));
        }
        picks.forEach((field, source) -> {
            if (source == null) {
                problems.add(new FieldProblem("fields." + field, "must name the survivor or a merged record"));
            } else if (!fields.contains(field)) {
                problems.add(new FieldProblem("fields." + field, "is not a field one value of survives"));
            } else if (!source.equals(survivorId) && (mergedIds == null || !mergedIds.contains(source))) {
                problems.add(new FieldProblem("fields." + field, "must name the survivor or a merged record"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The survivor's input with the surviving value of every field and the united lists.
     *
     * @param merged the merged records' inputs, in the order of {@code mergedIds}
     */
    public ObjectNode combine(
            ObjectNode survivor,
            UUID survivorId,
            List<ObjectNode> merged,
            List<UUID> mergedIds,
            Map<String, UUID> picks) {
        ObjectNode result = survivor.deepCopy();
        for (String field : fields) {
            UUID source = picks.get(field);
            if (source != null && !source.equals(survivorId)) {
                set(result, field, get(merged.get(mergedIds.indexOf(source)), field));
            } else if (source == null && isBlank(get(result, field))) {
                merged.stream()
                        .map(other -> get(other, field))
                        .filter(value -> !isBlank(value))
                        .findFirst()
                        .ifPresent(value -> set(result, field, value));
            }
        }
        for (String list : lists) {
            result.set(list, united(survivor, merged, list));
        }
        return result;
    }

    /**
     * The fields of the records to merge, the first being the proposed survivor; {@code shown} gives a value's
     * text where the stored one is not what people read (an owner's name for its id), or null for the stored one.
     */
    public List<FieldChoice> choices(List<ObjectNode> inputs, BiFunction<String, Integer, String> shown) {
        List<FieldChoice> choices = new ArrayList<>();
        for (String field : fields) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                JsonNode value = get(inputs.get(i), field);
                String special = isBlank(value) ? null : shown.apply(field, i);
                values.add(
                        isBlank(value)
                                ? ""
                                : special != null
                                        ? special
                                        : value.isValueNode() ? value.asString() : value.toString());
            }
            int proposed = 0;
            while (proposed < values.size() - 1 && values.get(proposed).isEmpty()) {
                proposed++;
            }
            String label = field.startsWith(CUSTOM) ? customLabels.get(field.substring(CUSTOM.length())) : null;
            choices.add(
                    new FieldChoice(field, label, values, values.get(proposed).isEmpty() ? 0 : proposed));
        }
        return choices;
    }

    private static boolean isBlank(JsonNode value) {
        if (value == null || value.isNull()) {
            return true;
        }
        return value.isContainer() ? value.isEmpty() : value.asString("").isBlank();
    }

    /** A field of an input: {@code custom.<key>} is read from its {@code customFields}. */
    private static JsonNode get(ObjectNode input, String field) {
        if (!field.startsWith(CUSTOM)) {
            return input.get(field);
        }
        JsonNode custom = input.get("customFields");
        return custom == null || !custom.isObject() ? null : custom.get(field.substring(CUSTOM.length()));
    }

    private static void set(ObjectNode input, String field, JsonNode value) {
        if (!field.startsWith(CUSTOM)) {
            input.set(field, value);
            return;
        }
        JsonNode custom = input.get("customFields");
        ObjectNode values = custom != null && custom.isObject() ? (ObjectNode) custom : input.putObject("customFields");
        values.set(field.substring(CUSTOM.length()), value);
    }

    private static ArrayNode united(ObjectNode survivor, List<ObjectNode> others, String list) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        List<ObjectNode> all = new ArrayList<>();
        all.add(survivor);
        all.addAll(others);
        for (ObjectNode input : all) {
            JsonNode items = input.get(list);
            if (items == null) {
                continue;
            }
            for (JsonNode value : items) {
                if (seen.add(value.asString().toLowerCase(Locale.ROOT))) {
                    values.add(value.asString());
                }
            }
        }
        return values;
    }
}
