package io.rapport.contact;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.shared.CursorPage;
import io.rapport.shared.Duplicate;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordMerge;
import io.rapport.shared.exports.ExportDownload;
import io.rapport.shared.web.MergePatcher;
import io.rapport.shared.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
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
    private final CustomFieldDirectory customFields;

    ContactApiController(
            ContactService service,
            ContactMerger merger,
            ContactExporter exporter,
            MergePatcher patcher,
            CustomFieldDirectory customFields) {
        this.service = service;
        this.merger = merger;
        this.exporter = exporter;
        this.patcher = patcher;
        this.customFields = customFields;
    }

    /** A contact as JSON, with the values of the active custom fields only. */
    private ContactJson json(Contact contact) {
        return ContactJson.of(contact, customFields.shown(ContactChanged.RECORD_TYPE, contact.getCustomFields()));
    }

    /**
     * Merges contacts into a survivor: one value per field survives (the survivor's, the one named in
     * {@code fields}, or else the first merged contact's to fill a blank); emails, phones and tags of all are
     * kept; the merged contacts go to the trash. Undo with {@code POST /merges/{mergeId}/undo}.
     */
    @Operation(operationId = "mergeContacts", summary = "Merge contacts into one")
    @PostMapping("/merge")
    RecordMerge.Done<ContactJson> merge(@RequestBody RecordMerge.Request request) {
        ContactMerge merge = merger.merge(request.survivorId(), request.mergedIds(), request.picks());
        return new RecordMerge.Done<>(merge.getId(), json(service.get(merge.getSurvivorId())));
    }

    /** Takes a merge back: the survivor's fields from before it, the merged contacts out of the trash. */
    @Operation(operationId = "undoContactMerge", summary = "Undo a contact merge")
    @PostMapping("/merges/{mergeId}/undo")
    ContactJson undoMerge(@PathVariable UUID mergeId) {
        return json(merger.undo(mergeId));
    }

    /**
     * Lists contacts: {@code q} searches full text (names, emails, phones, company, tags); {@code filter} takes
     * the JSON filter model, such as {@code {"and":[{"field":"country","op":"in","value":["NO","SE"]}]}};
     * {@code sort} is lastName, firstName, createdAt, updatedAt or custom.&lt;key&gt;, "-" first for descending.
     */
    @Operation(operationId = "listContacts", summary = "List contacts")
    @GetMapping
    CursorPage<ContactJson> list(
            @ParameterObject ContactQuery query,
            @RequestParam(required = false) String sort,
            @Parameter(
                            schema =
                                    @Schema(
                                            minimum = "1",
                                            maximum = "" + PageRequest.MAX_LIMIT,
                                            defaultValue = "" + PageRequest.DEFAULT_LIMIT))
                    @RequestParam(required = false)
                    Integer limit,
            @RequestParam(required = false) String cursor) {
        return service.list(query, PageRequest.of(limit, cursor, sort, "lastName"))
                .map(this::json);
    }

    /**
     * The likely duplicates of a contact about to be entered (or of contact {@code id}, not counting itself):
     * the same email, the same phone, or a similar name at the same company; best first, scored 0-100.
     */
    @Operation(
            operationId = "findContactDuplicates",
            summary = "Find likely duplicates of a contact about to be entered")
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
    @Operation(operationId = "listContactDuplicatePairs", summary = "List likely duplicate contact pairs")
    @GetMapping("/duplicates/pairs")
    Map<String, List<DuplicatePairJson>> duplicatePairs(
            @Parameter(schema = @Schema(minimum = "1", maximum = "1000")) @RequestParam(defaultValue = "100")
                    int limit) {
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
     * Streams every contact the list would show with the same filters, page by page so memory stays flat, as CSV
     * (UTF-8, a header row; cells a spreadsheet would run as formulas are neutralised) or, with
     * {@code format=xlsx}, as an Excel workbook (text cells, which never run). {@code view} exports a saved
     * view's filter.
     */
    // The typed parameters describe the endpoint in the API documentation and are checked by Spring before
    // anything streams; the export reads them from the map, as a background export does.
    @Operation(operationId = "exportContacts", summary = "Export contacts as CSV or Excel")
    @GetMapping("/export")
    void export(
            @ParameterObject ContactQuery query,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) UUID view,
            @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response)
            throws IOException {
        ExportDownload.stream(exporter, QueryParameters.of(parameters), response);
    }

    @Operation(operationId = "getContact", summary = "Get a contact")
    @GetMapping("/{id}")
    ContactJson get(@PathVariable UUID id) {
        return json(service.get(id));
    }

    /**
     * Creates a contact. One with an email address another contact already has is refused with 409 and the
     * duplicates; {@code force=true} creates it anyway.
     */
    @Operation(operationId = "createContact", summary = "Create a contact")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "409",
            description = "Another record has the same email address (send force=true to create it anyway)")
    @PostMapping
    ResponseEntity<ContactJson> create(
            @RequestBody ContactInput input, @RequestParam(defaultValue = "false") boolean force) {
        Contact contact = service.create(input, force);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.getId()))
                .body(json(contact));
    }

    @Operation(operationId = "patchContact", summary = "Change a contact (JSON merge patch)")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Changed by someone else meanwhile; read it again and retry")
    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    ContactJson patch(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "A JSON merge patch (RFC 7396) of the fields to change; null removes a value",
                            content = @Content(schema = @Schema(implementation = ContactInput.class)))
                    @RequestBody
                    JsonNode patch) {
        return json(service.update(id, current -> patcher.apply(current, patch, ContactInput.class)));
    }

    /** Moves the contact to the trash; {@code POST .../restore} brings it back. */
    @Operation(operationId = "deleteContact", summary = "Move a contact to the trash")
    @ApiResponse(responseCode = "204", description = "Moved to the trash")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "restoreContact", summary = "Restore a contact from the trash")
    @PostMapping("/{id}/restore")
    ContactJson restore(@PathVariable UUID id) {
        return json(service.restore(id));
    }
}
