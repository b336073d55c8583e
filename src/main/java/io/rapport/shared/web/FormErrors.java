package io.rapport.shared.web;

import io.rapport.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * A form's problems by field name, shown next to each field: binding errors (a number that is not one),
 * Bean Validation messages and the domain's own rules.
 */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors()
                .forEach(error -> errors.putIfAbsent(
                        baseField(error.getField()),
                        error.isBindingFailure() ? "has the wrong format" : error.getDefaultMessage()));
        return errors;
    }

    public static Map<String, String> of(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(problem -> errors.putIfAbsent(baseField(problem.field()), problem.message()));
        return errors;
    }

    /** "emails[2]" is shown at the "emails" field. */
    private static String baseField(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }
}
