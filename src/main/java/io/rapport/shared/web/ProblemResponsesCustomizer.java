package io.rapport.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

/**
 * Gives every operation the problem responses it can really answer, as {@code application/problem+json} with the
 * {@code ProblemDetail} schema: 400 where it reads parameters or a body, 401 everywhere (no token, a wrong one),
 * 404 where the path names a record, 415 where it reads a body, 413 where it takes a file. Statuses that only
 * some operations answer (403 by role, 409, 429) are declared where they arise and get their content here.
 */
class ProblemResponsesCustomizer implements OpenApiCustomizer {

    static final String SCHEMA = "ProblemDetail";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String MULTIPART = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(SCHEMA, problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> addTo(path, operation)));
    }

    private static void addTo(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            add(responses, HttpStatus.BAD_REQUEST, "Invalid parameters or body; errors names the fields");
        }
        add(responses, HttpStatus.UNAUTHORIZED, "No valid API token");
        if (path.contains("{")) {
            add(responses, HttpStatus.NOT_FOUND, "No such record, or not one you may see");
        }
        if (hasBody) {
            add(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not of a type this operation reads");
            add(
                    responses,
                    HttpStatus.CONTENT_TOO_LARGE,
                    operation.getRequestBody().getContent().containsKey(MULTIPART)
                            ? "The file is larger than the limit"
                            : "The JSON body is larger than " + InputCheckFilter.MAX_JSON_BYTES + " bytes");
        }
        add(responses, HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached; try again after Retry-After");
        // Also replaces what springdoc gives an error declared by @ApiResponse: the operation's return type.
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
            }
        });
    }

    private static void add(ApiResponses responses, HttpStatus status, String description) {
        responses.putIfAbsent(String.valueOf(status.value()), new ApiResponse().description(description));
    }

    /** RFC 9457's members, and Rapport's extensions: the fields at fault, and a refused create's duplicates. */
    private static Schema<?> problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or parameter, such as emails[1]"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .properties(Map.of(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("A stable URI per kind of problem, under " + Problems.TYPE_BASE),
                        "title",
                        new StringSchema(),
                        "status",
                        new IntegerSchema(),
                        "detail",
                        new StringSchema(),
                        "instance",
                        new StringSchema().format("uri-reference"),
                        "errors",
                        new ArraySchema()
                                .items(fieldProblem)
                                .description("The fields at fault (validation problems, duplicates)"),
                        "duplicates",
                        new ArraySchema()
                                .items(new ObjectSchema())
                                .description("The records a refused create would duplicate (409)")))
                .addRequiredItem("type")
                .addRequiredItem("title")
                .addRequiredItem("status");
    }
}
