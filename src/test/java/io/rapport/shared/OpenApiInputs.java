package io.rapport.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated input for an OpenAPI document's operations, from one seeded {@link Random}: values that fit the
 * schemas most of the time, and junk the rest (wrong types, huge and control-character strings, NUL, negative
 * and huge numbers, bad ids and enums, missing and unknown fields). Ids come from a pool of real records.
 */
final class OpenApiInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;
    private final Random random;
    private final List<UUID> ids;
    private double junk = 0.15;

    OpenApiInputs(JsonNode document, Random random, List<UUID> ids) {
        this.document = document;
        this.random = random;
        this.ids = ids;
    }

    /**
     * Careful requests (junk in one value of fifty, so that many get through to the application) or hostile ones
     * (one in four).
     */
    void careful(boolean careful) {
        junk = careful ? 0.02 : 0.25;
    }

    /** A value for a schema, as JSON. */
    JsonNode value(JsonNode schema) {
        return value(schema, 0);
    }

    /** A parameter's value as text (a query or path parameter). */
    String text(JsonNode schema) {
        JsonNode value = value(schema);
        return value.isString() ? value.asString() : value.toString();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private JsonNode value(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema == null || chance(junk) || depth > 4) {
            return junk();
        }
        for (String choice : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(choice) && !schema.get(choice).isEmpty()) {
                JsonNode options = schema.get(choice);
                return value(options.get(random.nextInt(options.size())), depth + 1);
            }
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "string" -> NODES.stringNode(string(schema));
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(random.nextDouble() * 1000 - 100);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(schema, depth);
            default -> object(schema, depth);
        };
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asString("");
        return switch (format) {
            case "uuid" -> ids.get(random.nextInt(ids.size())).toString();
            case "date" ->
                LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        .toString();
            case "date-time" ->
                Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE)).toString();
            case "email" -> "fuzz" + random.nextInt(1000) + "@example.com";
            default -> words(Math.max(1, Math.min(schema.path("maxLength").asInt(30), 60)));
        };
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 100);
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(value(schema.get("items"), depth + 1));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode required = schema.path("required");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            boolean mandatory = false;
            for (JsonNode name : required) {
                mandatory |= name.asString().equals(property.getKey());
            }
            if ((mandatory && !chance(0.05)) || chance(0.6)) {
                object.set(property.getKey(), value(property.getValue(), depth + 1));
            }
        }
        if (schema.path("additionalProperties").isObject()) {
            int extra = random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                object.set(words(8), value(schema.get("additionalProperties"), depth + 1));
            }
        }
        if (chance(0.05)) {
            object.set("unknown" + random.nextInt(100), junk());
        }
        return object;
    }

    /** Something a careless or hostile client sends. */
    JsonNode junk() {
        return switch (random.nextInt(18)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.stringNode("");
            case 2 -> NODES.stringNode("x".repeat(10_000 + random.nextInt(60_000)));
            case 3 -> NODES.stringNode("a\u0000b");
            case 4 -> NODES.stringNode("\u0001\u0007\u001b[31m\u007f");
            case 5 -> NODES.numberNode(-1 - random.nextInt(1000));
            case 6 -> NODES.numberNode(Long.MAX_VALUE);
            case 7 -> NODES.numberNode(1e308);
            case 8 -> NODES.stringNode("not-a-uuid");
            case 9 -> NODES.stringNode(UUID.randomUUID().toString());
            case 10 -> NODES.booleanNode(true);
            case 11 -> NODES.arrayNode().add(NODES.nullNode()).add("");
            case 12 -> NODES.objectNode().put("a", 1);
            case 13 -> NODES.stringNode("' or 1=1 --");
            case 14 -> NODES.stringNode("<script>alert(1)</script>");
            case 15 -> NODES.stringNode("😀 \uD800 ZA\u0308");
            case 16 -> NODES.stringNode("9999-99-99T99:99");
            default -> NODES.stringNode("-" + words(5));
        };
    }

    private String words(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCÆØÅ-_.,@0123456789";
        StringBuilder text = new StringBuilder();
        int size = 1 + random.nextInt(length);
        for (int i = 0; i < size; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A {@code $ref} to the document's components, followed; anything else as it is. */
    JsonNode resolve(JsonNode schema) {
        while (schema != null && schema.has("$ref")) {
            Iterator<String> path = List.of(
                            schema.get("$ref").asString().substring(2).split("/"))
                    .iterator();
            JsonNode target = document;
            while (path.hasNext() && target != null) {
                target = target.get(path.next());
            }
            schema = target;
        }
        return schema;
    }
}
