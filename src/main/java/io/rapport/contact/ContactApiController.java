package io.rapport.contact;

import io.rapport.shared.CursorPage;
import io.rapport.shared.PageRequest;
import io.rapport.shared.web.MergePatcher;
import jakarta.validation.Valid;
import java.net.URI;
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

@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

    private final ContactService service;
    private final MergePatcher patcher;

    ContactApiController(ContactService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    /**
     * Lists contacts: {@code q} searches full text (names, emails, phones, company, tags); {@code sort} is
     * lastName, firstName, createdAt or updatedAt, "-" first for descending.
     */
    @GetMapping
    CursorPage<ContactJson> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LifecycleStage lifecycleStage,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        ContactService.Filter filter = new ContactService.Filter(
                q, lifecycleStage, companyId, ownerId, country, city, source, tag, email, deleted);
        return service.list(filter, PageRequest.of(limit, cursor, sort, "lastName"))
                .map(ContactJson::of);
    }

    @GetMapping("/{id}")
    ContactJson get(@PathVariable UUID id) {
        return ContactJson.of(service.get(id));
    }

    @PostMapping
    ResponseEntity<ContactJson> create(@Valid @RequestBody ContactInput input) {
        Contact contact = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.getId()))
                .body(ContactJson.of(contact));
    }

    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    ContactJson patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        ContactInput merged = patcher.apply(service.get(id).toInput(), patch, ContactInput.class);
        return ContactJson.of(service.update(id, merged));
    }

    /** Moves the contact to the trash; {@code POST .../restore} brings it back. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ContactJson restore(@PathVariable UUID id) {
        return ContactJson.of(service.restore(id));
    }
}
