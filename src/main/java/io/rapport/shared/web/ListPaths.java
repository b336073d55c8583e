package io.rapport.shared.web;

import java.util.Map;

/** The record lists of the UI by their path segment ({@code /contacts}), and the record type each lists. */
public final class ListPaths {

    /** The segments, as a path pattern: {@code @PostMapping("/exports/{list:" + ListPaths.PATTERN + "}")}. */
    public static final String PATTERN = "contacts|companies";

    private static final Map<String, String> RECORD_TYPES = Map.of("contacts", "contact", "companies", "company");

    private ListPaths() {}

    /** The record type a list shows; only for segments of {@link #PATTERN}. */
    public static String recordType(String list) {
        return RECORD_TYPES.get(list);
    }
}
