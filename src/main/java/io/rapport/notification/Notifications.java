package io.rapport.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification module's public face: tell a user something, in the caller's transaction. */
@Service
public class Notifications {

    private final NotificationStore store;

    Notifications(NotificationStore store) {
        this.store = store;
    }

    /** Writes the notification, unless one with its id exists already. */
    @Transactional
    public void notify(Notice notice) {
        store.add(notice);
    }
}
