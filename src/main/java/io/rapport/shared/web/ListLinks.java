package io.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Links from a list page to itself with one thing changed, the sort order or the page, keeping every filter and
 * column of the request. Built once per request: a Thymeleaf link expression with a parameter per filter cost as
 * much as rendering ten rows.
 */
public final class ListLinks {

    private static final String SORT = "sort";
    private static final String CURSOR = "cursor";

    private final String path;
    private final Map<String, String[]> parameters;

    ListLinks(String path, Map<String, String[]> parameters) {
        this.path = path;
        this.parameters = parameters;
    }

    public static ListLinks of(HttpServletRequest request) {
        return new ListLinks(request.getRequestURI(), request.getParameterMap());
    }

    /** The first page in the given order. */
    public String sortedBy(String sort) {
        return link(Map.of(SORT, sort));
    }

    /** The page after the given cursor, in the current order. */
    public String after(String cursor) {
        return link(Map.of(CURSOR, cursor));
    }

    /** The same filters at another path of the list, such as its export: every page, so without a cursor. */
    public String at(String otherPath) {
        return new ListLinks(otherPath, parameters).link(Map.of());
    }

    /** The first page with other values for some parameters, leaving out those named in {@code dropped}. */
    String replacing(Map<String, String> replacements, Set<String> dropped) {
        StringJoiner query = new StringJoiner("&", path + "?", "");
        parameters.forEach((name, values) -> {
            boolean kept = !name.equals(CURSOR) && !replacements.containsKey(name) && !dropped.contains(name);
            if (kept) {
                for (String value : values) {
                    query.add(encode(name) + "=" + encode(value));
                }
            }
        });
        replacements.forEach((name, value) -> {
            if (value != null) {
                query.add(encode(name) + "=" + encode(value));
            }
        });
        return query.toString();
    }

    private String link(Map<String, String> replacements) {
        return replacing(replacements, Set.of());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
