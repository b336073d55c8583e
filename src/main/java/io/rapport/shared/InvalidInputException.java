package io.rapport.shared;

import jakarta.validation.Validator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that passed syntax checks but breaks a rule (an unknown company id, a parent loop...). The API answers it
 * with a problem naming the fields; a page that does not catch it answers 400, never 500.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(FieldProblem.describe(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The input, once Bean Validation finds nothing wrong with it (what {@code @Valid} does for the API). */
    public static <T> T unlessInvalid(Validator validator, T input) {
        List<FieldProblem> problems = validator.validate(input).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }
}
