package io.rapport.record;

import io.rapport.shared.filter.Filter;
import io.rapport.shared.filter.FilterParser;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A record list's query as the API and the UI take it, in parameters a request binds (the record type's simple
 * filters, full text {@code q}, {@code deleted} for the trash, {@code filter} for the filter model), so a saved
 * view can add its filter and an export can replay the list. Implemented by a Java record with a component
 * {@code filter}.
 *
 * @param <Q> the record type's query
 */
public interface ListQuery<Q extends ListQuery<Q>> {

    /** Full text, or null: relevance-ranked through the search index. */
    String q();

    /** The filter model as JSON (AND/OR groups of conditions, custom fields as {@code custom.<key>}), or null. */
    String filter();

    /** Whether the list shows the trash rather than the active records. */
    boolean inTrash();

    /** The filter model read; one that cannot be read is an {@link io.rapport.shared.InvalidInputException}. */
    default Filter where() {
        return filter() == null || filter().isBlank() ? null : FilterParser.parse(filter());
    }

    /** The same query with a saved view's filter, unless it has a filter of its own. */
    @SuppressWarnings("unchecked")
    default Q orFilter(String savedFilter) {
        if (filter() != null && !filter().isBlank()) {
            return (Q) this;
        }
        RecordComponent[] components = getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                // The record modules' queries are package-private records: their accessors need opening.
                accessor.setAccessible(true);
                values[i] = components[i].getName().equals("filter") ? savedFilter : accessor.invoke(this);
            }
            Constructor<?> canonical = getClass()
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return (Q) canonical.newInstance(values);
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new IllegalStateException(getClass() + " is not a record with a filter component", cause);
        }
    }
}
