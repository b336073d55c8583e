package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.shared.CursorPage;
import io.rapport.shared.Duplicate;
import io.rapport.shared.DuplicatePair;
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
import jakarta.validation.Valid;
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
@RequestMapping("/api/v1/companies")
class CompanyApiController {

    private final CompanyService service;
    private final MergePatcher patcher;
    private final CustomFieldDirectory customFields;
    private final CompanyMerger merger;
    private final CompanyExporter exporter;

    CompanyApiController(
            CompanyService service,
            CompanyMerger merger,
            CompanyExporter exporter,
            MergePatcher patcher,
            CustomFieldDirectory customFields) {
        this.service = service;
        this.exporter = exporter;
        this.merger = merger;
        this.customFields = customFields;
        this.patcher = patcher;
    }

    /**
     * Lists companies: {@code q} searches full text; {@code filter} is the JSON filter model; {@code sort} is name,
     * createdAt, updatedAt or {@code custom.<key>}, "-" for descending.
     */
    @Operation(operationId = "listCompanies", summary = "List companies")
    @GetMapping
    CursorPage<CompanyJson> list(
            @ParameterObject CompanyQuery query,
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
        return service.list(query, PageRequest.of(limit, cursor, sort, "name")).map(this::json);
    }

    /**
     * Streams every company the list would show with the same filters (or a saved {@code view}'s), page by page,
     * as CSV or, with {@code format=xlsx}, as an Excel workbook; custom fields as {@code custom.<key>} columns.
     */
    // The typed parameters describe the endpoint in the API documentation and are checked by Spring before
    // anything streams; the export reads them from the map, as a background export does.
    @Operation(operationId = "exportCompanies", summary = "Export companies as CSV or Excel")
    @GetMapping("/export")
    void export(
            @ParameterObject CompanyQuery query,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) UUID view,
            @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response)
            throws IOException {
        ExportDownload.stream(exporter, QueryParameters.of(parameters), response);
    }

    /**
     * Merges companies into a survivor: one value per field survives (the survivor's, the one named in
     * {@code fields}, or else the first merged company's to fill a blank); tags of all are kept; child companies
     * and contacts move to the survivor; the merged companies go to the trash. Undo with
     * {@code POST /merges/{mergeId}/undo}.
     */
    @Operation(operationId = "mergeCompanies", summary = "Merge companies into one")
    @PostMapping("/merge")
    RecordMerge.Done<CompanyJson> merge(@RequestBody RecordMerge.Request request) {
        CompanyMerge merge = merger.merge(request.survivorId(), request.mergedIds(), request.picks());
        return new RecordMerge.Done<>(merge.getId(), json(service.get(merge.getSurvivorId())));
    }

    /** Takes a merge back: the survivor's fields from before it, the merged companies, children and contacts back. */
    @Operation(operationId = "undoCompanyMerge", summary = "Undo a company merge")
    @PostMapping("/merges/{mergeId}/undo")
    CompanyJson undoMerge(@PathVariable UUID mergeId) {
        return json(merger.undo(mergeId));
    }

    /** Likely duplicate pairs across the whole base, best first (at most {@code limit}, default 100). */
    @Operation(operationId = "listCompanyDuplicatePairs", summary = "List likely duplicate company pairs")
    @GetMapping("/duplicates/pairs")
    Map<String, List<DuplicatePair>> duplicatePairs(
            @Parameter(schema = @Schema(minimum = "1", maximum = "1000")) @RequestParam(defaultValue = "100")
                    int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "must be between 1 and 1000");
        }
        return Map.of("items", service.duplicatePairs(limit));
    }

    /**
     * The likely duplicates of a company about to be entered (or of company {@code id}, not counting itself): the
     * same domain (from {@code website} or {@code domain}), the same phone, or a similar name; best first, 0-100.
     */
    @Operation(
            operationId = "findCompanyDuplicates",
            summary = "Find likely duplicates of a company about to be entered")
    @GetMapping("/duplicates")
    Map<String, List<Duplicate>> duplicates(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String website,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID id) {
        CompanyInput entered = CompanyInput.forMatching(name, website, domain, phone, country);
        return Map.of("items", service.duplicatesOf(entered, id));
    }

    @Operation(operationId = "getCompany", summary = "Get a company")
    @GetMapping("/{id}")
    CompanyJson get(@PathVariable UUID id) {
        return json(service.get(id));
    }

    @Operation(operationId = "createCompany", summary = "Create a company")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<CompanyJson> create(@Valid @RequestBody CompanyInput input) {
        Company company = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/companies/" + company.getId()))
                .body(json(company));
    }

    @Operation(operationId = "patchCompany", summary = "Change a company (JSON merge patch)")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Changed by someone else meanwhile; read it again and retry")
    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    CompanyJson patch(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "A JSON merge patch (RFC 7396) of the fields to change; null removes a value",
                            content = @Content(schema = @Schema(implementation = CompanyInput.class)))
                    @RequestBody
                    JsonNode patch) {
        return json(service.update(id, current -> patcher.apply(current, patch, CompanyInput.class)));
    }

    /** Moves the company to the trash; {@code POST .../restore} brings it back. */
    @Operation(operationId = "deleteCompany", summary = "Move a company to the trash")
    @ApiResponse(responseCode = "204", description = "Moved to the trash")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "restoreCompany", summary = "Restore a company from the trash")
    @PostMapping("/{id}/restore")
    CompanyJson restore(@PathVariable UUID id) {
        return json(service.restore(id));
    }

    private CompanyJson json(Company company) {
        return CompanyJson.of(company, customFields.shown(CompanyChanged.RECORD_TYPE, company.getCustomFields()));
    }
}
