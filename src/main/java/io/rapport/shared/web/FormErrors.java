package io.rapport.shared.web;

import io.rapport.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * A form's problems by field name, shown next to each field: binding errors (a number that is not one),
 * Bean Validation messages and the domain's own rules.
 */
public final class FormErrors {

    private FormErrors() {}

    /**
     * The one way a form is submitted: with binding or validation errors, or when the domain refuses the input,
     * the form is shown again with its messages; otherwise the save runs and its redirect is returned.
     */
    public static String submit(
            BindingResult binding, Supplier<String> save, Function<Map<String, String>, String> showAgain) {
        if (binding.hasErrors()) {
            return showAgain.apply(of(binding));
        }
        try {
            return save.get();
        } catch (InvalidInputException e) {
            return showAgain.apply(of(e));
        }
    }

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
