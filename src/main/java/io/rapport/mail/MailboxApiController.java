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

/** Mailboxes for administrators: {@code /api/v1/mailboxes}. The password goes in, never out. */
@RestController
@RequestMapping("/api/v1/mailboxes")
class MailboxApiController {

    private final MailboxService service;

    MailboxApiController(MailboxService service) {
        this.service = service;
    }

    @Operation(operationId = "listMailboxes", summary = "List mailboxes")
    @GetMapping
    Map<String, List<MailboxJson>> list() {
        return Map.of("items", service.all().stream().map(MailboxJson::of).toList());
    }

    /** The mailbox with its last fetch: when, whether it reached the server, how many messages, its last error. */
    @Operation(operationId = "getMailbox", summary = "Get a mailbox")
    @GetMapping("/{id}")
    MailboxJson get(@PathVariable UUID id) {
        return MailboxJson.of(service.get(id));
    }

    @Operation(operationId = "createMailbox", summary = "Create a mailbox")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<MailboxJson> create(@Valid @RequestBody MailboxInput input) {
        Mailbox box = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/mailboxes/" + box.id()))
                .body(MailboxJson.of(service.get(box.id())));
    }

    @Operation(operationId = "updateMailbox", summary = "Update a mailbox")
    @PatchMapping("/{id}")
    MailboxJson update(@PathVariable UUID id, @Valid @RequestBody MailboxInput input) {
        return MailboxJson.of(service.update(id, input));
    }

    /** Fetches the mailbox at the next poll instead of waiting for its interval. */
    @Operation(operationId = "fetchMailbox", summary = "Fetch a mailbox's new mail now")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @PostMapping("/{id}/fetch")
    ResponseEntity<Void> fetch(@PathVariable UUID id) {
        service.fetchNow(id);
        return ResponseEntity.accepted().build();
    }

    @Operation(operationId = "deleteMailbox", summary = "Delete a mailbox")
    @ApiResponse(responseCode = "204", description = "Done")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
