package io.rapport.customfield;

import io.rapport.shared.web.MergePatcher;
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
    @GetMapping
    Map<String, List<FieldDefinition>> list(@RequestParam(required = false) String recordType) {
        return Map.of("items", service.list(recordType));
    }

    @GetMapping("/{id}")
    FieldDefinition get(@PathVariable UUID id) {
        return service.get(id);
    }

    /**
     * Defines a field: {@code recordType}, {@code label} and {@code type} are required; {@code key} is made from
     * the label when missing; select types need {@code options}; currency takes an ISO 4217 {@code currency}.
     */
    @PostMapping
    ResponseEntity<FieldDefinition> create(@RequestBody CustomFieldInput input) {
        FieldDefinition field = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + field.id()))
                .body(field);
    }

    /** Merge patch of the label, help text, required, default, options, currency or position. */
    @PatchMapping(
            consumes = {"application/merge-patch+json", "application/json"},
            path = "/{id}")
    FieldDefinition update(@PathVariable UUID id, @RequestBody JsonNode patch) {
        FieldDefinition current = service.get(id);
        return service.update(id, patcher.apply(inputOf(current), patch, CustomFieldInput.class));
    }

    /** Deletes the field; its values stay hidden in the records until it is restored or purged. */
    @DeleteMapping("/{id}")
    FieldDefinition delete(@PathVariable UUID id) {
        return service.delete(id);
    }

    @PostMapping("/{id}/restore")
    FieldDefinition restore(@PathVariable UUID id) {
        return service.restore(id);
    }

    /** Removes a deleted field and all its values for good. */
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
