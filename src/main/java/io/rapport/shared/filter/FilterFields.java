package io.rapport.shared.filter;

import java.util.Collection;
import java.util.Optional;

/** The fields a record type may be filtered on: its columns, derived fields and custom fields. */
public interface FilterFields {

    Optional<FilterField> find(String name);

    /** The names to list when a filter names an unknown field. */
    Collection<String> names();
}
