package io.rapport.shared;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** One invalid field and what is wrong with it; the API lists them under {@code errors}. */
public record FieldProblem(String field, String message) {

    /** Bean Validation's violations as field problems, by field. */
    public static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** The problems in one line, "field: message; field: message", for an error file or a log. */
    public static String describe(List<FieldProblem> problems) {
        return problems.stream()
                .map(problem -> problem.field() + ": " + problem.message())
                .collect(Collectors.joining("; "));
    }
}
