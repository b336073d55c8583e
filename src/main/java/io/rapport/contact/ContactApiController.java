package io.rapport.contact;

import io.rapport.shared.CursorPage;
import io.rapport.shared.Duplicate;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.PageRequest;
import io.rapport.shared.web.MergePatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

    private final ContactService service;
    private final ContactMerger merger;
    private final ContactExporter exporter;
    private final MergePatcher patcher;

    ContactApiController(ContactService service, ContactMerger merger, ContactExporter exporter, MergePatcher patcher) {
        this.service = service;
        this.merger = merger;
        this.exporter = exporter;
        this.patcher = patcher;
    }

    /** What {@code POST /merge} takes: {@code fields} names, per field, the contact whose value survives. */
    record MergeRequest(UUID survivorId, List<UUID> mergedIds, Map<String, UUID> fields) {}

    /** A merge done: its id (to undo it) and the survivor as it is now. */
    record MergeJson(UUID mergeId, ContactJson survivor) {}

    /**
     * Merges contacts into a survivor: one value per field survives (the survivor's, the one named in
     * {@code fields}, or else the first merged contact's to fill a blank); emails, phones and tags of all are
     * kept; the merged contacts go to the trash. Undo with {@code POST /merges/{mergeId}/undo}.
     */
    @PostMapping("/merge")
    MergeJson merge(@RequestBody MergeRequest request) {
        ContactMerge merge = merger.merge(
                request.survivorId(), request.mergedIds(), request.fields() == null ? Map.of() : request.fields());
        return new MergeJson(merge.getId(), ContactJson.of(service.get(merge.getSurvivorId())));
    }

    /** Takes a merge back: the survivor's fields from before it, the merged contacts out of the trash. */
    @PostMapping("/merges/{mergeId}/undo")
    ContactJson undoMerge(@PathVariable UUID mergeId) {
        return ContactJson.of(merger.undo(mergeId));
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

    /**
     * The likely duplicates of a contact about to be entered (or of contact {@code id}, not counting itself):
     * the same email, the same phone, or a similar name at the same company; best first, scored 0-100.
     */
    @GetMapping("/duplicates")
    Map<String, List<Duplicate>> duplicates(
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String firstName,
            @RequestParam(required = false) String lastName,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID id) {
        ContactInput entered = ContactInput.forMatching(firstName, lastName, email, phone, companyId, country);
        return Map.of("items", service.duplicatesOf(entered, id));
    }

    /** Likely duplicate pairs across the whole base, best first (at most {@code limit}, default 100). */
    @GetMapping("/duplicates/pairs")
    Map<String, List<DuplicatePairJson>> duplicatePairs(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "must be between 1 and 1000");
        }
        return Map.of(
                "items",
                service.duplicatePairs(limit).stream()
                        .map(DuplicatePairJson::of)
                        .toList());
    }

    /**
     * Streams every contact the list would show with the same filters as CSV (UTF-8, a header row), page by page
     * so memory stays flat; cells a spreadsheet would run as formulas are neutralised. Only {@code format=csv}.
     */
    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LifecycleStage lifecycleStage,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "false") boolean deleted,
            HttpServletResponse response)
            throws IOException {
        if (!format.equals("csv")) {
            throw new InvalidInputException("format", "must be csv");
        }
        exporter.write(
                new ContactService.Filter(
                        q, lifecycleStage, companyId, ownerId, country, city, source, tag, null, deleted),
                response);
    }

    @GetMapping("/{id}")
    ContactJson get(@PathVariable UUID id) {
        return ContactJson.of(service.get(id));
    }

    /**
     * Creates a contact. One with an email address another contact already has is refused with 409 and the
     * duplicates; {@code force=true} creates it anyway.
     */
    @PostMapping
    ResponseEntity<ContactJson> create(
            @RequestBody ContactInput input, @RequestParam(defaultValue = "false") boolean force) {
        Contact contact = service.create(input, force);
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
