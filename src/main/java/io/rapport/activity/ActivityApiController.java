package io.rapport.activity;

import io.rapport.shared.CursorPage;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
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

/**
 * Activities for integrators: phone systems, social media tools and web forms log interactions here, linked by
 * ids or matched by a contact's email or phone.
 */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityApiController {

    private final ActivityService service;

    ActivityApiController(ActivityService service) {
        this.service = service;
    }

    /** A contact's or a company's timeline (one of them is required), newest first, optionally of one channel. */
    @Operation(operationId = "listActivities", summary = "List the timeline of a contact or company")
    @GetMapping
    CursorPage<ActivityJson> list(
            @RequestParam(required = false) UUID contactId,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) UUID authorId,
            @Parameter(
                            schema =
                                    @Schema(
                                            minimum = "1",
                                            maximum = "" + PageRequest.MAX_LIMIT,
                                            defaultValue = "" + PageRequest.DEFAULT_LIMIT))
                    @RequestParam(required = false)
                    Integer limit,
            @RequestParam(required = false) String cursor) {
        if ((contactId == null) == (companyId == null)) {
            throw new InvalidInputException("contactId", "give either contactId or companyId");
        }
        TimelineQuery query = new TimelineQuery(
                channel == null
                        ? null
                        : Channel.fromCode(channel)
                                .orElseThrow(
                                        () -> new InvalidInputException("channel", "must be one of " + Channel.CODES)),
                authorId);
        int size = PageRequest.of(limit, null, null, "occurredAt").limit();
        CursorPage<Activity> page = contactId != null
                ? service.timeline(ActivityLink.CONTACT, contactId, query, cursor, size)
                : service.timeline(ActivityLink.COMPANY, companyId, query, cursor, size);
        return page.map(ActivityJson::of);
    }

    @Operation(operationId = "getActivity", summary = "Get an activity")
    @GetMapping("/{id}")
    ActivityJson get(@PathVariable UUID id) {
        return ActivityJson.of(service.get(id));
    }

    /** Logs an activity of any channel: email, call, meeting, in_person, social, sms or note. */
    @Operation(operationId = "createActivity", summary = "Log an activity")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<ActivityJson> create(@Valid @RequestBody ActivityInput input) {
        Activity activity = service.log(input);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id()))
                .body(ActivityJson.of(activity));
    }

    @Operation(operationId = "deleteActivity", summary = "Delete an activity")
    @ApiResponse(responseCode = "204", description = "Done")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
