package io.rapport.importexport;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.imports.ImportSettings.DuplicatePolicy;
import io.rapport.shared.imports.ImportSettings.MatchOn;
import io.rapport.shared.imports.RowPreview;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports through the API: upload a file (CSV, XLSX, vCard) with its mapping and policy and it runs in the
 * background; follow it with {@code GET /api/v1/imports/{id}}.
 */
@RestController
@RequestMapping("/api/v1")
class ImportApiController {

    private final ImportService service;
    private final ImportErrorFile errorFile;
    private final SavedMappings savedMappings;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final UploadLimits uploadLimits;

    private final RecordTypes recordTypes;

    ImportApiController(
            ImportService service,
            ImportErrorFile errorFile,
            SavedMappings savedMappings,
            CurrentUser currentUser,
            JsonMapper json,
            UploadLimits uploadLimits,
            RecordTypes recordTypes) {
        this.recordTypes = recordTypes;
        this.service = service;
        this.uploadLimits = uploadLimits;
        this.errorFile = errorFile;
        this.savedMappings = savedMappings;
        this.currentUser = currentUser;
        this.json = json;
    }

    /**
     * Uploads a file (multipart field {@code file}) into {@code recordType} (default the first registered type, contacts; {@code type} =
     * contacts or companies says the same). {@code mapping} is JSON: an array with the field of each column, or an
     * object from header to field; without it the suggested mapping is used. The import is queued at once: 202.
     * With {@code start=false} it waits as a draft for its mapping (see the preview): 201.
     */
    @Operation(operationId = "createImport", summary = "Upload a file to import")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "202", description = "Accepted", useReturnTypeSchema = true)
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJson> create(
            @RequestParam MultipartFile file,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Boolean hasHeader,
            @RequestParam(required = false) String mapping,
            @RequestParam(required = false) String duplicatePolicy,
            @RequestParam(required = false) String matchOn,
            @RequestParam(required = false) String saveMappingAs,
            @RequestParam(defaultValue = "true") boolean start) {
        ImportJob job;
        try (InputStream content = file.getInputStream()) {
            job = service.upload(
                    type == null
                            ? (recordType == null ? recordTypes.first().name() : recordType)
                            : recordTypes.byListPath(type).map(RecordType::name).orElse(type),
                    file.getOriginalFilename(),
                    content,
                    hasHeader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportRequest request = new ImportRequest(
                mapping == null ? null : columns(job, mapping),
                DuplicatePolicy.of(duplicatePolicy),
                MatchOn.of(matchOn),
                saveMappingAs);
        URI location = URI.create("/api/v1/imports/" + job.getId());
        if (!start) {
            return ResponseEntity.created(location).body(ImportJson.of(job));
        }
        job = service.start(job.getId(), request);
        return ResponseEntity.accepted().location(location).body(ImportJson.of(service.get(job.getId())));
    }

    /** The largest file an import takes, and the operator's ceiling above which no administrator may set it. */
    record UploadLimitJson(String maxUploadSize, long maxUploadBytes, String ceiling) {}

    @Operation(operationId = "getImportSettings", summary = "Get the import upload limit")
    @GetMapping("/import-settings")
    UploadLimitJson uploadLimit() {
        return new UploadLimitJson(uploadLimits.text(), uploadLimits.bytes(), uploadLimits.ceilingText());
    }

    /** Administrators: {@code {"maxUploadSize": "50MB"}}, from 1KB up to the ceiling. */
    @Operation(operationId = "setImportSettings", summary = "Set the import upload limit")
    @PutMapping("/import-settings")
    UploadLimitJson setUploadLimit(@RequestBody Map<String, String> settings) {
        uploadLimits.set(settings.get("maxUploadSize"));
        return uploadLimit();
    }

    @Operation(operationId = "listImports", summary = "List imports")
    @GetMapping("/imports")
    Map<String, List<ImportJson>> list() {
        return Map.of("items", service.list().stream().map(ImportJson::of).toList());
    }

    @Operation(operationId = "getImport", summary = "Get an import")
    @GetMapping("/imports/{id}")
    ImportJson get(@PathVariable UUID id) {
        return ImportJson.of(service.get(id));
    }

    /** The first rows of a draft as they would be imported with this mapping and policy; writes nothing. */
    @Operation(operationId = "previewImport", summary = "Preview an import's first rows with a mapping")
    @PostMapping("/imports/{id}/preview")
    Map<String, List<RowPreview>> preview(@PathVariable UUID id, @Valid @RequestBody ImportRequest request) {
        return Map.of("items", service.preview(id, request));
    }

    @Operation(operationId = "startImport", summary = "Start a drafted import")
    @PostMapping("/imports/{id}/start")
    ImportJson start(@PathVariable UUID id, @Valid @RequestBody ImportRequest request) {
        service.start(id, request);
        return ImportJson.of(service.get(id));
    }

    /** An abandoned draft and its uploaded file; a started import is a 400 (it is undone instead). */
    @Operation(operationId = "deleteImportDraft", summary = "Delete an import draft and its uploaded file")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/imports/{id}")
    ResponseEntity<Void> deleteDraft(@PathVariable UUID id) {
        service.deleteDraft(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "cancelImport", summary = "Cancel an import")
    @PostMapping("/imports/{id}/cancel")
    ImportJson cancel(@PathVariable UUID id) {
        service.cancel(id);
        return ImportJson.of(service.get(id));
    }

    /** Takes the import back in the background: the records it created to the trash, updated ones restored. */
    @Operation(operationId = "undoImport", summary = "Undo an import")
    @PostMapping("/imports/{id}/undo")
    ImportJson undo(@PathVariable UUID id) {
        service.undo(id);
        return ImportJson.of(service.get(id));
    }

    /** The failed rows as CSV: row number, reason, and the row's cells. */
    @Operation(operationId = "downloadImportErrors", summary = "Download an import's rejected rows as CSV")
    @GetMapping("/imports/{id}/errors")
    void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        errorFile.download(service.get(id), response);
    }

    /** The caller's saved mappings for a record type, header to field. */
    @Operation(operationId = "listImportMappings", summary = "List saved import mappings")
    @GetMapping("/import-mappings")
    Map<String, List<SavedMappings.Saved>> mappings(@RequestParam(required = false) String recordType) {
        return Map.of(
                "items",
                savedMappings.list(
                        currentUser.get().id(),
                        recordType == null ? recordTypes.first().name() : recordType));
    }

    /** A mapping given as a JSON array (by column) or object (by header), as the field of each column. */
    private List<String> columns(ImportJob job, String mapping) {
        JsonNode node;
        try {
            node = json.readTree(mapping);
        } catch (JacksonException e) {
            throw new InvalidInputException(
                    "mapping", "must be JSON: an array of fields or an object of header to field");
        }
        List<String> columns = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(field -> columns.add(field.isNull() ? null : field.asString()));
        } else if (node.isObject()) {
            for (String header : job.getHeaders()) {
                JsonNode field = node.get(header);
                columns.add(field == null || field.isNull() ? null : field.asString());
            }
        } else {
            throw new InvalidInputException("mapping", "must be an array of fields or an object of header to field");
        }
        return columns;
    }
}
