package io.rapport.activity;

import io.rapport.contact.ContactSummary;
import io.rapport.shared.web.HtmlWriter;
import io.rapport.shared.web.PageTimes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * A timeline's entries as HTML, written in Java (see {@link HtmlWriter}): 50 entries of a dozen values each took
 * five times the page's query as template expressions. Every value is escaped; a note's body was cleaned when it
 * was written.
 */
final class TimelineEntries {

    /** An email's text on the timeline stops here; its page shows all of it. */
    private static final int SNIPPET = 600;

    private final MessageSourceAccessor messages;
    private final String contextPath;
    private final String csrfParameter;
    private final String csrfToken;

    /** @param csrfToken the form token for the delete buttons, or null when the user may not delete */
    TimelineEntries(MessageSourceAccessor messages, String contextPath, String csrfParameter, String csrfToken) {
        this.messages = messages;
        this.contextPath = contextPath;
        this.csrfParameter = csrfParameter;
        this.csrfToken = csrfToken;
    }

    /** @param shownOn the record whose timeline this is: it is not named again in its entries */
    String write(
            List<Activity> page,
            Map<UUID, ContactSummary> contacts,
            Map<UUID, String> authors,
            Map<UUID, List<Attachment>> attachments,
            UUID shownOn) {
        HtmlWriter html = new HtmlWriter();
        for (Activity activity : page) {
            html.open(
                    "li",
                    "class",
                    "timeline-entry",
                    "id",
                    "activity-" + activity.id(),
                    "data-channel",
                    activity.channel().code());
            header(html, activity, contacts, authors, shownOn);
            if (activity.subject() != null) {
                html.element("div", activity.subject(), "class", "fw-semibold");
            }
            if (activity.channel() == Channel.EMAIL) {
                email(html, activity);
            } else {
                details(html, activity);
            }
            if (activity.channel() != Channel.EMAIL && activity.body() != null) {
                if (activity.channel().hasRichBody()) {
                    html.open("div", "class", "timeline-body")
                            .trusted(activity.body())
                            .close("div");
                } else {
                    html.element("div", activity.body(), "class", "timeline-body text-pre-wrap");
                }
            }
            files(html, attachments.getOrDefault(activity.id(), List.of()));
            html.close("li");
        }
        return html.toString();
    }

    private void header(
            HtmlWriter html,
            Activity activity,
            Map<UUID, ContactSummary> contacts,
            Map<UUID, String> authors,
            UUID shownOn) {
        html.open("div", "class", "small text-secondary d-flex flex-wrap gap-2 align-items-center");
        html.element(
                "span", messages.getMessage("channel." + activity.channel().code()), "class", "badge text-bg-info");
        if (activity.direction() != null) {
            html.element("span", messages.getMessage("timeline.direction." + activity.direction()));
        }
        html.element(
                "time",
                PageTimes.minutes(activity.occurredAt()),
                "datetime",
                activity.occurredAt().toString());
        html.element("span", authors.get(activity.authorId()));
        for (UUID contactId : activity.linked(ActivityLink.CONTACT)) {
            ContactSummary contact = contacts.get(contactId);
            if (contact != null && !contactId.equals(shownOn)) {
                html.element("a", contact.name(), "href", contextPath + "/contacts/" + contactId);
            }
        }
        if (csrfToken != null) {
            String action = contextPath + "/activities/" + activity.id() + "/delete";
            html.open(
                            "form",
                            "class",
                            "ms-auto",
                            "method",
                            "post",
                            "action",
                            action,
                            "hx-post",
                            action,
                            "hx-confirm",
                            messages.getMessage("timeline.delete.confirm"),
                            "hx-target",
                            "closest li",
                            "hx-swap",
                            "outerHTML")
                    .open("input", "type", "hidden", "name", csrfParameter, "value", csrfToken)
                    .element(
                            "button",
                            messages.getMessage("timeline.delete"),
                            "class",
                            "btn btn-link btn-sm text-danger p-0",
                            "type",
                            "submit")
                    .close("form");
        }
        html.close("div");
    }

    /** What only some channels have: a call's length and outcome, a meeting's place and link, a social handle. */
    private void details(HtmlWriter html, Activity activity) {
        if (activity.details().isEmpty()) {
            return;
        }
        html.open("div", "class", "small d-flex flex-wrap gap-2");
        if (activity.detail("durationSeconds") instanceof Number seconds) {
            html.element("span", messages.getMessage("timeline.minutes", new Object[] {seconds.intValue() / 60}));
        }
        for (String text : List.of("outcome", "location", "network", "handle")) {
            if (activity.detail(text) != null) {
                html.element("span", String.valueOf(activity.detail(text)));
            }
        }
        link(html, activity.detail("onlineUrl"), "timeline.join");
        link(html, activity.detail("url"), "timeline.open");
        if (activity.detail("attendees") instanceof List<?> attendees) {
            html.element(
                    "span",
                    String.join(", ", attendees.stream().map(String::valueOf).toList()));
        }
        html.close("div");
    }

    /** An email: who wrote to whom, its state when Rapport sends it, the start of its text and a link to all of it. */
    private void email(HtmlWriter html, Activity email) {
        html.open("div", "class", "small d-flex flex-wrap gap-2 align-items-center");
        if (email.detail("from") != null) {
            html.element("span", messages.getMessage("email.from") + ": " + email.detail("from"));
        }
        if (email.detail("to") instanceof List<?> to && !to.isEmpty()) {
            html.element(
                    "span",
                    messages.getMessage("email.to") + ": "
                            + String.join(", ", to.stream().map(String::valueOf).toList()));
        }
        if (email.detail("status") instanceof String status) {
            html.element(
                    "span",
                    messages.getMessage("email.status." + status),
                    "class",
                    "badge email-status "
                            + (status.equals("sent")
                                    ? "text-bg-success"
                                    : status.equals("queued") ? "text-bg-secondary" : "text-bg-warning"),
                    "data-status",
                    status);
        }
        html.element("a", messages.getMessage("email.open"), "href", contextPath + "/emails/" + email.id());
        html.close("div");
        if (email.body() != null) {
            String text =
                    email.body().length() > SNIPPET ? email.body().substring(0, SNIPPET) + "\u2026" : email.body();
            html.element("div", text, "class", "timeline-body text-pre-wrap");
        }
    }

    private void files(HtmlWriter html, List<Attachment> files) {
        if (files.isEmpty()) {
            return;
        }
        html.open("ul", "class", "list-inline small mb-0 attachments");
        for (Attachment file : files) {
            html.open("li", "class", "list-inline-item")
                    .element(
                            "a",
                            file.fileName() + " (" + size(file.size()) + ")",
                            "href",
                            contextPath + "/activities/" + file.activityId() + "/attachments/" + file.id(),
                            "download",
                            file.fileName())
                    .close("li");
        }
        html.close("ul");
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    private void link(HtmlWriter html, Object href, String label) {
        if (href != null) {
            html.element(
                    "a",
                    messages.getMessage(label),
                    "href",
                    href.toString(),
                    "rel",
                    "noopener noreferrer",
                    "target",
                    "_blank");
        }
    }
}
