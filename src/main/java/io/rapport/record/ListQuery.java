package io.rapport.record;

import io.rapport.shared.filter.Filter;
import io.rapport.shared.filter.FilterParser;
import io.rapport.shared.web.QueryParameters;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A record list's query as the API and the UI take it, in parameters a request binds (the record type's simple
 * filters, full text {@code q}, {@code deleted} for the trash, {@code filter} for the filter model), so a saved
 * view can keep and bring back all of them and an export can replay the list. Implemented by a Java record with a component
 * {@code filter}.
 *
 * @param <Q> the record type's query
 */
public interface ListQuery<Q extends ListQuery<Q>> {

    /** Full text, or null: relevance-ranked through the search index. */
    String q();

    /** The filter model as JSON (AND/OR groups of conditions, custom fields as {@code custom.<key>}), or null. */
    String filter();

    /** {@code true} for the trash, else the active records. */
    Boolean deleted();

    /** Whether the list shows the trash rather than the active records. */
    default boolean inTrash() {
        return Boolean.TRUE.equals(deleted());
    }

    /** The filter model read; one that cannot be read is an {@link io.rapport.shared.InvalidInputException}. */
    default Filter where() {
        return filter() == null || filter().isBlank() ? null : FilterParser.parse(filter());
    }

    /**
     * A query of {@code type} from parameters kept as text (a background export keeps its list's request), read as
     * a request binds them: text, ids ({@link UUID}), {@link Boolean}s and enums (by a static {@code fromCode} when
     * the enum has one); blank is absent, and a value that cannot be read is a 400 naming the parameter.
     */
    static <Q extends ListQuery<Q>> Q read(Class<Q> type, Map<String, String> parameters) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i], parameters);
        }
        return construct(type, components, values);
    }

    /** The query that lists the active records matching full text {@code q}, and nothing else. */
    static <Q extends ListQuery<Q>> Q search(Class<Q> type, String q) {
        return read(type, Map.of("q", q));
    }

    /**
     * The list's parameters but its filter model, as text a request carries (enums by their code where they have
     * one): what a saved view keeps besides its filter, so that it brings back every simple filter and {@code q}.
     */
    default Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            Object value = component(component, this);
            if (!component.getName().equals("filter") && present(value)) {
                parameters.put(component.getName(), text(value));
            }
        }
        return parameters;
    }

    /**
     * The same query completed by a saved view: each parameter this query leaves out (the filter model included)
     * takes the view's. A saved parameter that cannot be read is a 400 naming it.
     */
    @SuppressWarnings("unchecked")
    default Q withView(Map<String, String> savedParameters, String savedFilter) {
        Map<String, String> saved = new HashMap<>(savedParameters);
        saved.put("filter", savedFilter);
        Q fromView = read((Class<Q>) getClass(), saved);
        RecordComponent[] components = getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object own = component(components[i], this);
            values[i] = present(own) ? own : component(components[i], fromView);
        }
        return construct((Class<Q>) getClass(), components, values);
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    private static String text(Object value) {
        if (value instanceof Enum<?> constant) {
            try {
                Method code = constant.getDeclaringClass().getDeclaredMethod("code");
                code.setAccessible(true);
                return String.valueOf(code.invoke(constant));
            } catch (ReflectiveOperationException e) {
                return constant.name();
            }
        }
        return value.toString();
    }

    private static Object component(RecordComponent component, Object query) {
        try {
            Method accessor = component.getAccessor();
            // The record modules' queries are package-private records: their accessors need opening.
            accessor.setAccessible(true);
            return accessor.invoke(query);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static <Q> Q construct(Class<Q> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<Q> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + type, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " is not a record", e);
        }
    }

    private static Object value(RecordComponent component, Map<String, String> parameters) {
        String name = component.getName();
        Class<?> type = component.getType();
        if (type == String.class) {
            return QueryParameters.text(parameters, name);
        }
        if (type == UUID.class) {
            return QueryParameters.uuid(parameters, name);
        }
        if (type == Boolean.class) {
            return QueryParameters.bool(parameters, name);
        }
        if (type.isEnum()) {
            return QueryParameters.read(parameters, name, text -> enumValue(type, text), "is not one of its values");
        }
        throw new IllegalStateException("a list query cannot read " + component);
    }

    private static Object enumValue(Class<?> type, String text) {
        try {
            Method fromCode = type.getDeclaredMethod("fromCode", String.class);
            fromCode.setAccessible(true);
            return fromCode.invoke(null, text);
        } catch (NoSuchMethodException e) {
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> ((Enum<?>) constant).name().equalsIgnoreCase(text))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(text));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof IllegalArgumentException wrong ? wrong : new IllegalArgumentException(text);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
