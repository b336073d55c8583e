package io.rapport.activity;

import io.rapport.mail.MailboxDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sending email: {@code POST /api/v1/emails} answers 202 with the timeline entry (status {@code queued}); the
 * entry's {@code details.status} becomes {@code sent}, or {@code retrying}/{@code failed} with the error.
 */
@RestController
@RequestMapping("/api/v1/emails")
class EmailApiController {

    private final EmailService emails;
    private final MailboxDirectory mailboxes;

    EmailApiController(EmailService emails, MailboxDirectory mailboxes) {
        this.emails = emails;
        this.mailboxes = mailboxes;
    }

    /**
     * The mailboxes the caller may send through (shared ones and their own): what {@code mailboxId} may name. The
     * mailbox settings themselves are for administrators ({@code /api/v1/mailboxes}).
     */
    @Operation(operationId = "listSendingMailboxes", summary = "List the mailboxes you may send from")
    @GetMapping("/mailboxes")
    List<MailboxDirectory.MailboxChoice> sendable() {
        return mailboxes.sendable();
    }

    /** Sends {@code subject} and {@code body} through {@code mailboxId} to {@code to}, {@code cc}, {@code bcc}. */
    @Operation(operationId = "sendEmail", summary = "Send an email (queued)")
    @ApiResponse(responseCode = "202", description = "Accepted", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<ActivityJson> send(@Valid @RequestBody EmailInput input) {
        Activity email = emails.send(input, List.of());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/activities/" + email.id()))
                .body(ActivityJson.of(email));
    }

    /**
     * An email with its HTML (cleaned; remote images held back in {@code data-remote-src}) and the ids of its
     * thread, oldest first.
     */
    @Operation(operationId = "getEmail", summary = "Get a sent or received email")
    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable UUID id) {
        EmailService.EmailView view = emails.view(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", ActivityJson.of(view.email()));
        json.put("html", view.html());
        json.put("thread", view.thread().stream().map(Activity::id).toList());
        return json;
    }

    /** Tries an email that failed again now, after the mailbox's SMTP settings were put right. */
    @Operation(operationId = "retryEmail", summary = "Retry sending a failed email")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @PostMapping("/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable UUID id) {
        emails.retry(id);
        return ResponseEntity.accepted().build();
    }
}
