package io.rapport.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;

/** The team's email templates: {@code /api/v1/email-templates}. */
@RestController
@RequestMapping("/api/v1/email-templates")
class EmailTemplateApiController {

    private final EmailTemplates templates;

    EmailTemplateApiController(EmailTemplates templates) {
        this.templates = templates;
    }

    @Operation(operationId = "listEmailTemplates", summary = "List email templates")
    @GetMapping
    Map<String, List<EmailTemplate>> list() {
        return Map.of("items", templates.all());
    }

    @Operation(operationId = "getEmailTemplate", summary = "Get an email template")
    @GetMapping("/{id}")
    EmailTemplate get(@PathVariable UUID id) {
        return templates.get(id);
    }

    /** Creates a template: {@code name}, {@code subject}, {@code body}, with merge fields such as {@code {{contact.firstName}}}. */
    @Operation(operationId = "createEmailTemplate", summary = "Create an email template")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<EmailTemplate> create(@Valid @RequestBody EmailTemplateInput input) {
        EmailTemplate template = templates.create(input);
        return ResponseEntity.created(URI.create("/api/v1/email-templates/" + template.id()))
                .body(template);
    }

    @Operation(operationId = "updateEmailTemplate", summary = "Update an email template")
    @PatchMapping("/{id}")
    EmailTemplate update(@PathVariable UUID id, @Valid @RequestBody EmailTemplateInput input) {
        return templates.update(id, input);
    }

    @Operation(operationId = "deleteEmailTemplate", summary = "Delete an email template")
    @ApiResponse(responseCode = "204", description = "Done")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        templates.delete(id);
        return ResponseEntity.noContent().build();
    }
}
