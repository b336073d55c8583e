package io.rapport.shared.web;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a JSON merge patch to a record's editable fields and validates the result the same way a create is
 * validated, so PATCH and POST cannot drift apart.
 */
@Component
public class MergePatcher {

    private final JsonMapper json;
    private final Validator validator;

    MergePatcher(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        T merged = json.treeToValue(JsonMergePatch.apply(json.valueToTree(current), patch), type);
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of(violations));
        }
        return merged;
    }
}
