package io.rapport.mail;

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

    @GetMapping
    Map<String, List<EmailTemplate>> list() {
        return Map.of("items", templates.all());
    }

    @GetMapping("/{id}")
    EmailTemplate get(@PathVariable UUID id) {
        return templates.get(id);
    }

    /** Creates a template: {@code name}, {@code subject}, {@code body}, with merge fields such as {@code {{contact.firstName}}}. */
    @PostMapping
    ResponseEntity<EmailTemplate> create(@Valid @RequestBody EmailTemplateInput input) {
        EmailTemplate template = templates.create(input);
        return ResponseEntity.created(URI.create("/api/v1/email-templates/" + template.id()))
                .body(template);
    }

    @PatchMapping("/{id}")
    EmailTemplate update(@PathVariable UUID id, @Valid @RequestBody EmailTemplateInput input) {
        return templates.update(id, input);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        templates.delete(id);
        return ResponseEntity.noContent().build();
    }
}
