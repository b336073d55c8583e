package io.rapport.activity;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tasks in the API: a user's open or done tasks, create, change (done or not), delete. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    private final TaskService service;

    TaskApiController(TaskService service) {
        this.service = service;
    }

    /** Open tasks (or done ones with {@code done=true}) of the caller, or of {@code assigneeId} for managers. */
    @Operation(operationId = "listTasks", summary = "List tasks")
    @GetMapping
    Map<String, List<TaskJson>> list(
            @RequestParam(required = false) UUID assigneeId, @RequestParam(defaultValue = "false") boolean done) {
        return Map.of(
                "items", service.of(assigneeId, done).stream().map(TaskJson::of).toList());
    }

    @Operation(operationId = "getTask", summary = "Get a task")
    @GetMapping("/{id}")
    TaskJson get(@PathVariable UUID id) {
        return TaskJson.of(service.get(id));
    }

    /** Creates a task: {@code title}, {@code dueAt}, {@code priority}, {@code assigneeId}, links, recurrence. */
    @Operation(operationId = "createTask", summary = "Create a task")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<TaskJson> create(@Valid @RequestBody TaskInput input) {
        Task task = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).body(TaskJson.of(task));
    }

    /** Changes the fields given; {@code "done": true} completes the task (a recurring one comes back). */
    @Operation(operationId = "updateTask", summary = "Update a task")
    @PatchMapping("/{id}")
    TaskJson update(@PathVariable UUID id, @Valid @RequestBody TaskInput input) {
        return TaskJson.of(service.update(id, input));
    }

    @Operation(operationId = "deleteTask", summary = "Delete a task")
    @ApiResponse(responseCode = "204", description = "Done")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
