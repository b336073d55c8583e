package io.rapport.shared.web;

import io.rapport.shared.DuplicateRecordException;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception a REST controller throws into {@code application/problem+json}. Errors raised before a
 * controller is chosen (unknown path, wrong method, wrong media type) reach {@link ProblemErrorController}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return Problems.invalid(e.getMessage(), e.problems());
    }

    /** A create that would duplicate a record; sent again with {@code force=true} it goes through. */
    @ExceptionHandler(DuplicateRecordException.class)
    ProblemDetail duplicate(DuplicateRecordException e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONFLICT,
                "duplicate",
                "Duplicate",
                e.getMessage() + ". Send it again with force=true to create it anyway.");
        problem.setProperty("errors", e.problems());
        problem.setProperty("duplicates", e.duplicates());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role may not do this.");
    }

    /** Wrong email or password at the token endpoint, or too many attempts. */
    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        String detail = e instanceof LockedException ? e.getMessage() : "Wrong email or password.";
        return Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentUpdate(ObjectOptimisticLockingFailureException e) {
        return Problems.of(
                HttpStatus.CONFLICT, "conflict", "Changed meanwhile", "The record was changed by someone else; retry.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null
                ? "another type"
                : e.getRequiredType().getSimpleName();
        return Problems.invalid(
                "Parameter '" + e.getName() + "' has the wrong type",
                List.of(new FieldProblem(e.getName(), "must be a valid " + expected)));
    }

    /** A body that parsed as JSON but does not fit the record, found while applying a merge patch. */
    @ExceptionHandler(JacksonException.class)
    ProblemDetail unfitJson(JacksonException e) {
        return jsonProblem(e);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in an API request", e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "server-error",
                "Internal error",
                "Something went wrong on our side.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid("Some fields are invalid", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadableBody(e));
    }

    /** Gives Spring's own problem details (405, 415, ...) Rapport's stable type URIs. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
            problem.setType(URI.create(Problems.TYPE_BASE + Problems.typeFor(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException json) {
            return jsonProblem(json);
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", "The body is not valid JSON.");
    }

    private static ProblemDetail jsonProblem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return Problems.invalid(
                    "Unknown field '" + field + "'", List.of(new FieldProblem(field, "is not a known field")));
        }
        if (!e.getPath().isEmpty()) {
            String field = path(e);
            return Problems.invalid(
                    "Field '" + field + "' has the wrong type or format",
                    List.of(new FieldProblem(field, "has the wrong type or format")));
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", "The body is not valid JSON.");
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
