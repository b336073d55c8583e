package io.rapport.view;

import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Saved list views: {@code /api/v1/views}. Apply one to a list with its filter, columns and sort. */
@RestController
@RequestMapping("/api/v1/views")
class ListViewApiController {

    private final ListViewDirectory views;

    private final RecordTypes recordTypes;

    ListViewApiController(ListViewDirectory views, RecordTypes recordTypes) {
        this.views = views;
        this.recordTypes = recordTypes;
    }

    /**
     * What {@code POST} takes; {@code filter} is the filter model as a JSON object, {@code parameters} the list's
     * other parameters by name ({@code q}, {@code country}, {@code ownerId}...).
     */
    record ViewInput(
            String recordType,
            String name,
            JsonNode filter,
            Map<String, String> parameters,
            List<String> columns,
            String sort,
            Boolean shared) {}

    @Operation(operationId = "listViews", summary = "List your saved views")
    @GetMapping
    Map<String, List<ListView>> list(@RequestParam(required = false) String recordType) {
        return Map.of("items", views.visible(orFirst(recordType)));
    }

    @Operation(operationId = "getView", summary = "Get a saved view")
    @GetMapping("/{id}")
    ListView get(@PathVariable UUID id, @RequestParam(required = false) String recordType) {
        return views.get(orFirst(recordType), id);
    }

    @Operation(operationId = "createView", summary = "Save a view")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<ListView> create(@RequestBody ViewInput input) {
        ListView view = views.save(
                orFirst(input.recordType()),
                input.name(),
                input.filter() == null || input.filter().isNull()
                        ? null
                        : input.filter().toString(),
                input.parameters(),
                input.columns(),
                input.sort(),
                Boolean.TRUE.equals(input.shared()));
        return ResponseEntity.created(URI.create("/api/v1/views/" + view.id())).body(view);
    }

    @Operation(operationId = "deleteView", summary = "Delete a saved view")
    @ApiResponse(responseCode = "204", description = "Done")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        views.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** The record type named, or without one the first with saved views (contacts). */
    private String orFirst(String recordType) {
        return recordType == null
                ? recordTypes.first(RecordType.Feature.SAVED_VIEWS).name()
                : recordType;
    }
}
