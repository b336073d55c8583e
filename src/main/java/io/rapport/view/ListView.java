package io.rapport.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A saved list view as lists and the API see it. {@code filter} is the filter model's JSON (null for none),
 * {@code parameters} the list's other parameters as text (full text {@code q}, simple filters such as {@code
 * country}, {@code ownerId}, {@code tag}), {@code columns} the list's column names, {@code sort} its sort ("-"
 * first for descending).
 */
public record ListView(
        UUID id,
        String recordType,
        String name,
        UUID ownerId,
        boolean shared,
        String filter,
        Map<String, String> parameters,
        List<String> columns,
        String sort,
        Instant createdAt) {}
