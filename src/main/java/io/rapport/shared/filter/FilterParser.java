package io.rapport.shared.filter;

import io.rapport.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a filter from its JSON form. A condition is {@code {"field", "op", "value"}}; a group is {@code {"and":
 * [...]}} or {@code {"or": [...]}}; a bare list is read as {@code and}. Mistakes are reported with where they are
 * ({@code filter.and[1].op}), so an API client or a saved view can be mended.
 */
public final class FilterParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DEEPEST = 5;
    private static final int MOST_CONDITIONS = 100;

    private FilterParser() {}

    /** The filter in {@code json}; an empty filter (every record) when it is null or blank. */
    public static Filter parse(String json) {
        if (json == null || json.isBlank()) {
            return Filter.all(List.of());
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("filter", "is not valid JSON");
        }
        return read(tree);
    }

    /** The filter in an already read JSON tree (a saved view's, a request body's). */
    public static Filter read(JsonNode tree) {
        int[] conditions = {0};
        return node(tree, "filter", 0, conditions);
    }

    private static Filter node(JsonNode node, String path, int depth, int[] conditions) {
        if (depth > DEEPEST) {
            throw new InvalidInputException(path, "groups nest at most " + DEEPEST + " deep");
        }
        if (node.isArray()) {
            return new Filter.All(parts(node, path, depth, conditions));
        }
        if (!node.isObject()) {
            throw new InvalidInputException(path, "must be a condition or an and/or group");
        }
        if (node.has("and") || node.has("or")) {
            String kind = node.has("and") ? "and" : "or";
            if (node.size() != 1) {
                throw new InvalidInputException(path, "a group holds only \"and\" or \"or\"");
            }
            JsonNode parts = node.get(kind);
            if (!parts.isArray()) {
                throw new InvalidInputException(path + "." + kind, "must be a list");
            }
            List<Filter> filters = parts(parts, path + "." + kind, depth, conditions);
            return kind.equals("and") ? new Filter.All(filters) : new Filter.Any(filters);
        }
        if (++conditions[0] > MOST_CONDITIONS) {
            throw new InvalidInputException(path, "a filter holds at most " + MOST_CONDITIONS + " conditions");
        }
        return condition(node, path);
    }

    private static List<Filter> parts(JsonNode list, String path, int depth, int[] conditions) {
        List<Filter> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            parts.add(node(list.get(i), path + "[" + i + "]", depth + 1, conditions));
        }
        return parts;
    }

    private static Filter.Condition condition(JsonNode node, String path) {
        JsonNode field = node.get("field");
        if (field == null || !field.isString() || field.asString().isBlank()) {
            throw new InvalidInputException(path + ".field", "is required: the field to compare");
        }
        JsonNode opNode = node.get("op");
        Operator op = opNode == null || !opNode.isString()
                ? null
                : Operator.fromCode(opNode.asString()).orElse(null);
        if (op == null) {
            throw new InvalidInputException(path + ".op", "must be one of " + Operator.codes());
        }
        for (var entry : node.properties()) {
            if (!List.of("field", "op", "value").contains(entry.getKey())) {
                throw new InvalidInputException(path + "." + entry.getKey(), "is not part of a condition");
            }
        }
        JsonNode value = node.get("value");
        if (op.takesNoValue()) {
            return new Filter.Condition(field.asString(), op, null);
        }
        if (value == null || value.isNull()) {
            throw new InvalidInputException(path + ".value", "is required for " + op.code());
        }
        if (op.takesList() != value.isArray()) {
            throw new InvalidInputException(
                    path + ".value", op.takesList() ? op.code() + " takes a list" : op.code() + " takes one value");
        }
        if (op == Operator.BETWEEN && value.size() != 2) {
            throw new InvalidInputException(path + ".value", "between takes two values: [from, to]");
        }
        if (value.isObject() || (value.isArray() && value.valueStream().anyMatch(v -> v.isContainer()))) {
            throw new InvalidInputException(path + ".value", "must be a value or a list of values");
        }
        return new Filter.Condition(field.asString(), op, JSON.treeToValue(value, Object.class));
    }

    /** A filter read aloud for a page: "(country in [NO, SE]) and (age gte 30)". */
    public static String describe(Filter filter) {
        if (filter instanceof Filter.Condition c) {
            return c.value() == null
                    ? c.field() + " " + c.op().code()
                    : c.field() + " " + c.op().code() + " " + c.value();
        }
        boolean all = filter instanceof Filter.All;
        List<Filter> parts = all ? ((Filter.All) filter).parts() : ((Filter.Any) filter).parts();
        List<String> texts = parts.stream()
                .map(part -> part instanceof Filter.Condition ? describe(part) : "(" + describe(part) + ")")
                .toList();
        return String.join(all ? " and " : " or ", texts);
    }

    /**
     * The filter with one more condition that must also hold, as the list page's condition row adds them: the
     * value is text, a list when the operator takes one (comma-separated), none for isEmpty and isNotEmpty.
     */
    public static String withCondition(String json, String field, String op, String value) {
        Operator operator =
                Operator.fromCode(op).orElseThrow(() -> new InvalidInputException("filter", "pick an operator"));
        Object given = operator.takesNoValue()
                ? null
                : operator.takesList() ? List.of(value.split("\\s*,\\s*")) : value.strip();
        Map<String, Object> condition =
                given == null ? Map.of("field", field, "op", op) : Map.of("field", field, "op", op, "value", given);
        List<Object> parts = new ArrayList<>();
        if (json != null && !json.isBlank()) {
            parts.add(toMap(parse(json)));
        }
        parts.add(condition);
        String combined = JSON.writeValueAsString(Map.of("and", parts));
        return write(parse(combined));
    }

    /** The JSON form of a filter, as saved views store it. */
    public static String write(Filter filter) {
        return JSON.writeValueAsString(toMap(filter));
    }

    private static Object toMap(Filter filter) {
        if (filter instanceof Filter.All all) {
            return Map.of("and", all.parts().stream().map(FilterParser::toMap).toList());
        }
        if (filter instanceof Filter.Any any) {
            return Map.of("or", any.parts().stream().map(FilterParser::toMap).toList());
        }
        Filter.Condition c = (Filter.Condition) filter;
        return c.value() == null
                ? Map.of("field", c.field(), "op", c.op().code())
                : Map.of("field", c.field(), "op", c.op().code(), "value", c.value());
    }
}
