package io.rapport.activity;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.web.PublicUrl;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar page (a week or a month of one's meetings and tasks, in the server's time zone) and the
 * {@code .ics} feed calendar applications subscribe to, at a secret address made on this page.
 */
@Controller
class CalendarController {

    /** How far back and ahead the feed reaches. */
    private static final int FEED_DAYS_BACK = 90;

    private static final int FEED_DAYS_AHEAD = 365;

    private final CalendarService calendar;
    private final CurrentUser currentUser;
    private final PublicUrl publicUrl;

    CalendarController(CalendarService calendar, CurrentUser currentUser, PublicUrl publicUrl) {
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/calendar")
    String page(
            @RequestParam(defaultValue = "week") String view,
            @RequestParam(required = false) String date,
            Model model) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate day = day(date, zone);
        boolean month = "month".equals(view);
        LocalDate first = month
                ? day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month
                ? day.with(TemporalAdjusters.lastDayOfMonth())
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                        .plusDays(1)
                : first.plusWeeks(1);
        List<CalendarItem> items = calendar.between(
                currentUser.get().id(),
                first.atStartOfDay(zone).toInstant(),
                end.atStartOfDay(zone).toInstant());
        Map<LocalDate, List<CalendarItem>> days = new LinkedHashMap<>();
        for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
            days.put(d, new ArrayList<>());
        }
        items.forEach(item -> days.get(item.start().atZone(zone).toLocalDate()).add(item));
        model.addAttribute("days", days);
        model.addAttribute("view", month ? "month" : "week");
        model.addAttribute("day", day);
        model.addAttribute("previous", month ? day.minusMonths(1) : day.minusWeeks(1));
        model.addAttribute("next", month ? day.plusMonths(1) : day.plusWeeks(1));
        model.addAttribute("today", LocalDate.now(zone));
        model.addAttribute("hasFeed", calendar.hasFeed(currentUser.get().id()));
        return "activity/calendar";
    }

    /** A new secret feed address (the previous one stops working), shown once. */
    @PostMapping("/calendar/feed")
    String newFeed(RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "feedUrl",
                feedUrl(publicUrl, calendar.newFeedToken(currentUser.get().id())));
        return "redirect:/calendar";
    }

    /** Under the configured public address, never the request's (forgeable) Host header. */
    static String feedUrl(PublicUrl publicUrl, String token) {
        return publicUrl.of("/calendar/feed/" + token + ".ics");
    }

    @PostMapping("/calendar/feed/stop")
    String stopFeed() {
        calendar.stopFeed(currentUser.get().id());
        return "redirect:/calendar";
    }

    /** The feed itself: no sign-in, the secret in the address is the key; an unknown one is simply not found. */
    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendar.feedOwner(token)
                .map(userId -> {
                    Instant now = Instant.now();
                    List<CalendarItem> items = calendar.between(
                            userId,
                            now.minus(Duration.ofDays(FEED_DAYS_BACK)),
                            now.plus(Duration.ofDays(FEED_DAYS_AHEAD)));
                    return ResponseEntity.ok()
                            .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                            .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                            .body(IcsCalendar.of("Rapport", items, now));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private static LocalDate day(String date, ZoneId zone) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(zone);
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return LocalDate.now(zone); // a link with a broken date shows this week rather than an error
        }
    }
}
