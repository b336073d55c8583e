package io.rapport.activity;

import io.rapport.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An activity's attachments: upload (multipart {@code file}), list, download ({@link AttachmentDownload}),
 * delete.
 */
@RestController
@RequestMapping("/api/v1/activities/{activityId}/attachments")
class AttachmentApiController {

    private final AttachmentService service;

    AttachmentApiController(AttachmentService service) {
        this.service = service;
    }

    @Operation(operationId = "uploadAttachment", summary = "Attach a file to an activity")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<AttachmentJson> upload(@PathVariable UUID activityId, @RequestParam("file") MultipartFile file) {
        Attachment attachment = service.add(activityId, file);
        return ResponseEntity.created(
                        URI.create("/api/v1/activities/" + activityId + "/attachments/" + attachment.id()))
                .body(AttachmentJson.of(attachment));
    }

    @Operation(operationId = "listAttachments", summary = "List an activity's attachments")
    @GetMapping
    Map<String, List<AttachmentJson>> list(@PathVariable UUID activityId) {
        return Map.of(
                "items", service.of(activityId).stream().map(AttachmentJson::of).toList());
    }

    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @GetMapping("/{id}")
    void download(@PathVariable UUID activityId, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Attachment attachment = service.get(activityId, id);
        AttachmentDownload.send(attachment, service, response);
    }

    @Operation(operationId = "deleteAttachment", summary = "Delete an attachment")
    @ApiResponse(responseCode = "204", description = "Done")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID activityId, @PathVariable UUID id) {
        service.delete(activityId, id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AttachmentTooLargeException.class)
    ProblemDetail tooLarge(AttachmentTooLargeException e) {
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                Problems.typeFor(HttpStatus.CONTENT_TOO_LARGE),
                "The file is too large",
                e.getMessage());
    }
}
