package io.rapport.activity;

import io.rapport.identity.CurrentUser;
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

    private final Notifications notifications;
    private final CurrentUser currentUser;

    NotificationController(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GetMapping("/notifications/badge")
    String badge(Model model) {
        model.addAttribute("unread", notifications.unread(currentUser.get().id()));
        return "activity/notifications :: badge";
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute(
                "notifications", notifications.latest(currentUser.get().id(), SHOWN));
        return "activity/notifications";
    }

    /** The same for integrations: the latest notifications and how many are unread. */
    @GetMapping("/api/v1/notifications")
    @ResponseBody
    Map<String, Object> api() {
        UUID me = currentUser.get().id();
        return Map.of("items", notifications.latest(me, SHOWN), "unread", notifications.unread(me));
    }

    @PostMapping("/notifications/read")
    String read() {
        notifications.markAllRead(currentUser.get().id());
        return "redirect:/notifications";
    }
}
