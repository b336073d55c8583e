package io.rapport.activity;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.web.PublicUrl;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One's calendar through the API, and the address of one's {@code .ics} feed. */
@RestController
class CalendarApiController {

    private final CalendarService calendar;
    private final CurrentUser currentUser;
    private final PublicUrl publicUrl;

    CalendarApiController(CalendarService calendar, CurrentUser currentUser, PublicUrl publicUrl) {
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.publicUrl = publicUrl;
    }

    /** The same for the API: one's meetings and tasks between two instants (at most a year apart). */
    @Operation(operationId = "listCalendarItems", summary = "List meetings and tasks between two times")
    @GetMapping("/api/v1/calendar")
    Map<String, List<CalendarItem>> items(@RequestParam Instant from, @RequestParam Instant to) {
        if (!to.isAfter(from) || to.isAfter(from.plus(Duration.ofDays(366)))) {
            throw new InvalidInputException("to", "must be after from, at most a year later");
        }
        return Map.of("items", calendar.between(currentUser.get().id(), from, to));
    }

    /** A new secret feed address through the API (the previous one stops working): {@code {"url": ...}}. */
    @Operation(operationId = "createCalendarFeed", summary = "Create (or replace) your calendar feed address")
    @PostMapping("/api/v1/calendar/feed")
    Map<String, String> newFeedApi() {
        return Map.of(
                "url",
                CalendarController.feedUrl(
                        publicUrl, calendar.newFeedToken(currentUser.get().id())));
    }
}
