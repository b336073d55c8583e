package io.rapport.notification;

import io.rapport.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The bell in the navigation bar (its count, fetched after the page) and the list behind it. */
@Controller
class NotificationController {

    private static final int SHOWN = 50;

    private final NotificationStore notifications;
    private final NotificationMessages messages;
    private final CurrentUser currentUser;

    NotificationController(NotificationStore notifications, NotificationMessages messages, CurrentUser currentUser) {
        this.notifications = notifications;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @GetMapping("/notifications/badge")
    String badge(Model model) {
        model.addAttribute("unread", notifications.unread(currentUser.get().id()));
        return "notification/notifications :: badge";
    }

    @GetMapping("/notifications")
    String list(Model model, Locale locale) {
        model.addAttribute(
                "notifications",
                notifications.latest(currentUser.get().id(), SHOWN).stream()
                        .map(notification -> new Shown(
                                messages.text(notification, locale),
                                notification.link(),
                                notification.createdAt(),
                                notification.readAt()))
                        .toList());
        return "notification/notifications";
    }

    /** The same for integrations: the latest notifications, in the caller's language, and how many are unread. */
    @Operation(operationId = "listNotifications", summary = "List your notifications")
    @GetMapping("/api/v1/notifications")
    @ResponseBody
    Map<String, Object> api(Locale locale) {
        UUID me = currentUser.get().id();
        List<NotificationJson> items = notifications.latest(me, SHOWN).stream()
                .map(notification -> new NotificationJson(
                        notification.id(),
                        "task".equals(notification.subjectType()) ? notification.subjectId() : null,
                        messages.text(notification, locale),
                        notification.createdAt(),
                        notification.readAt()))
                .toList();
        return Map.of("items", items, "unread", notifications.unread(me));
    }

    @PostMapping("/notifications/read")
    String read() {
        notifications.markAllRead(currentUser.get().id());
        return "redirect:/notifications";
    }

    /** A notification on the page: its text and where it leads. */
    record Shown(String message, String link, Instant createdAt, Instant readAt) {}

    /** A notification in the API, as before the module had its own (the task's id when it is about one). */
    record NotificationJson(UUID id, UUID taskId, String message, Instant createdAt, Instant readAt) {}
}
