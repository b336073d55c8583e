package io.rapport.importexport;

import io.rapport.shared.record.RecordTypes;
import io.rapport.shared.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Background exports: {@code /api/v1/exports}. */
@RestController
@RequestMapping("/api/v1/exports")
class ExportApiController {

    private final ExportService service;

    private final RecordTypes recordTypes;

    ExportApiController(ExportService service, RecordTypes recordTypes) {
        this.service = service;
        this.recordTypes = recordTypes;
    }

    /**
     * Starts exporting a list in the background: {@code recordType} (default: the first registered, contacts), {@code format} (csv or
     * xlsx), and the list's own parameters ({@code q}, its filters, {@code filter}, {@code view}); 202 with the
     * export, to be followed at its {@code Location}.
     */
    @Operation(operationId = "startExport", summary = "Start a background export")
    @ApiResponse(responseCode = "202", description = "Accepted", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<ExportJson> start(
            @RequestParam(required = false) String recordType, @RequestParam MultiValueMap<String, String> parameters) {
        ExportJob job = service.start(
                recordType == null ? recordTypes.first().name() : recordType, QueryParameters.of(parameters));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/exports/" + job.getId()))
                .body(ExportJson.of(job));
    }

    @Operation(operationId = "getExport", summary = "Get a background export")
    @GetMapping("/{id}")
    ExportJson get(@PathVariable UUID id) {
        return ExportJson.of(service.get(id));
    }

    /** The file of a completed export; 404 until then. */
    @Operation(operationId = "downloadExport", summary = "Download a finished export's file")
    @GetMapping("/{id}/file")
    void file(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ExportDownloads.send(service, service.get(id), response);
    }
}
