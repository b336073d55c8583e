package io.rapport.shared.web;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.filter.FilterParser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A list page's condition row (field, operator, value, "Add condition"): the list again with one more condition,
 * joined by AND, on its {@code filter}, every other filter, column and the sort kept.
 */
public final class ConditionRow {

    /** The request parameter of the row's button; a list handler mapped on it calls {@link #redirect}. */
    public static final String ADD = "addCondition";

    private static final String FIELD = "addField";
    private static final String OPERATOR = "addOp";
    private static final String VALUE = "addValue";

    private ConditionRow() {}

    /** Where the browser goes next; a condition that cannot be read is flashed as the list's failure. */
    public static String redirect(HttpServletRequest request, String filter, RedirectAttributes redirect) {
        String combined = filter;
        try {
            combined = FilterParser.withCondition(
                    filter, value(request, FIELD), value(request, OPERATOR), value(request, VALUE));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        Map<String, String> replaced = new HashMap<>();
        replaced.put("filter", combined == null || combined.isBlank() ? null : combined);
        return "redirect:"
                + new ListLinks(request.getServletPath(), request.getParameterMap())
                        .replacing(replaced, Set.of(ADD, FIELD, OPERATOR, VALUE, "filter"));
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
