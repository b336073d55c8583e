package io.rapport.customfield;

import java.util.Map;
import java.util.Set;

/** The record types that have custom fields, and the table each keeps its values in (column custom_fields). */
final class RecordTypes {

    private static final Map<String, String> TABLES = Map.of("contact", "contact", "company", "company");

    private RecordTypes() {}

    static boolean isKnown(String recordType) {
        return recordType != null && TABLES.containsKey(recordType);
    }

    static Set<String> all() {
        return TABLES.keySet();
    }

    static String table(String recordType) {
        String table = TABLES.get(recordType);
        if (table == null) {
            throw new IllegalArgumentException("no custom fields for " + recordType);
        }
        return table;
    }
}
