package io.rapport.customfield;

import io.rapport.shared.web.MergePatcher;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Custom field definitions: every signed-in user reads them (forms and imports need them), admins change them
 * (the security configuration says so). Records carry the values as {@code "customFields": {"key": value}}.
 */
@RestController
@RequestMapping("/api/v1/custom-fields")
class CustomFieldApiController {

    private final CustomFieldService service;
    private final MergePatcher patcher;

    CustomFieldApiController(CustomFieldService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    /** The fields of {@code recordType} (contact, company), or of all types; deleted ones too, marked. */
    @Operation(operationId = "listCustomFields", summary = "List custom fields")
    @GetMapping
    Map<String, List<FieldDefinition>> list(@RequestParam(required = false) String recordType) {
        return Map.of("items", service.list(recordType));
    }

    @Operation(operationId = "getCustomField", summary = "Get a custom field")
    @GetMapping("/{id}")
    FieldDefinition get(@PathVariable UUID id) {
        return service.get(id);
    }

    /**
     * Defines a field: {@code recordType}, {@code label} and {@code type} are required; {@code key} is made from
     * the label when missing; select types need {@code options}; currency takes an ISO 4217 {@code currency}.
     */
    @Operation(operationId = "createCustomField", summary = "Create a custom field")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<FieldDefinition> create(@RequestBody CustomFieldInput input) {
        FieldDefinition field = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + field.id()))
                .body(field);
    }

    /** Merge patch of the label, help text, required, default, options, currency or position. */
    @Operation(operationId = "updateCustomField", summary = "Change a custom field (JSON merge patch)")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Changed by someone else meanwhile; read it again and retry")
    @PatchMapping(
            consumes = {"application/merge-patch+json", "application/json"},
            path = "/{id}")
    FieldDefinition update(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "A JSON merge patch (RFC 7396) of the fields to change; null removes a value",
                            content = @Content(schema = @Schema(implementation = CustomFieldInput.class)))
                    @RequestBody
                    JsonNode patch) {
        FieldDefinition current = service.get(id);
        return service.update(id, patcher.apply(inputOf(current), patch, CustomFieldInput.class));
    }

    /** Deletes the field; its values stay hidden in the records until it is restored or purged. */
    @Operation(operationId = "deleteCustomField", summary = "Delete a custom field (restorable until purged)")
    @DeleteMapping("/{id}")
    FieldDefinition delete(@PathVariable UUID id) {
        return service.delete(id);
    }

    @Operation(operationId = "restoreCustomField", summary = "Restore a deleted custom field")
    @PostMapping("/{id}/restore")
    FieldDefinition restore(@PathVariable UUID id) {
        return service.restore(id);
    }

    /** Removes a deleted field and all its values for good. */
    @Operation(operationId = "purgeCustomField", summary = "Purge a deleted custom field and its values")
    @ApiResponse(responseCode = "204", description = "Done")
    @PostMapping("/{id}/purge")
    ResponseEntity<Void> purge(@PathVariable UUID id) {
        service.purge(id);
        return ResponseEntity.noContent().build();
    }

    static CustomFieldInput inputOf(FieldDefinition field) {
        return new CustomFieldInput(
                field.recordType(),
                field.key(),
                field.label(),
                field.type(),
                field.required(),
                field.defaultValue(),
                field.helpText(),
                field.options(),
                field.currency(),
                field.position());
    }
}
