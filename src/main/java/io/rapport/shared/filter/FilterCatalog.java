package io.rapport.shared.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A record type's fields: fixed ones by name, then whatever {@code more} finds (custom fields). */
public final class FilterCatalog implements FilterFields {

    private final Map<String, FilterField> fixed = new LinkedHashMap<>();
    private final Function<String, Optional<FilterField>> more;

    public FilterCatalog(List<FilterField> fixed, Function<String, Optional<FilterField>> more) {
        fixed.forEach(field -> this.fixed.put(field.name(), field));
        this.more = more;
    }

    @Override
    public Optional<FilterField> find(String name) {
        FilterField field = fixed.get(name);
        return field != null ? Optional.of(field) : more.apply(name);
    }

    @Override
    public Collection<String> names() {
        List<String> names = new ArrayList<>(fixed.keySet());
        names.add("custom.<key>");
        return names;
    }
}
