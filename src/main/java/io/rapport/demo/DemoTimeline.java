package io.rapport.demo;

import io.rapport.shared.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo's timelines and tasks: a few interactions of every channel per contact over the last six months (also
 * on the contact's company, as the app links them), some meetings ahead, and tasks for every user (overdue, today,
 * upcoming); then each contact's and company's "last contacted". Demo tasks get no reminders.
 */
final class DemoTimeline {

    /** A demo contact, as its timeline needs it. */
    record Contact(UUID id, UUID companyId, UUID ownerId) {}

    private static final String[] CHANNELS = {"email", "call", "call", "meeting", "in_person", "social", "sms", "note"};
    private static final String[] SUBJECTS = {
        "Follow-up on the proposal",
        "Pricing question",
        "Renewal",
        "Product demo",
        "Onboarding",
        "Support issue",
        "Introduction",
        "Contract terms",
        "Quarterly review",
        "Referral"
    };
    private static final String[] OUTCOMES = {"connected", "left voicemail", "no answer", "connected", "busy"};
    private static final String[] TASKS = {
        "Send the offer",
        "Call back about the renewal",
        "Prepare the demo",
        "Update the contract",
        "Ask for a referral",
        "Check in after onboarding"
    };

    private DemoTimeline() {}

    static void insert(Connection connection, Random random, List<Contact> contacts, List<UUID> users)
            throws SQLException {
        String activity = "insert into activity (id, channel, direction, occurred_at, subject, body, details,"
                + " author_id, created_at) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)";
        String link = "insert into activity_link (activity_id, record_type, record_id, occurred_at, channel,"
                + " author_id, inherited) values (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement activities = connection.prepareStatement(activity);
                PreparedStatement links = connection.prepareStatement(link)) {
            int count = 0;
            for (Contact contact : contacts) {
                int interactions = random.nextInt(6) + (random.nextInt(10) < 3 ? 1 : 0);
                for (int i = 0; i < interactions; i++) {
                    boolean ahead = i == 0 && random.nextInt(100) < 2;
                    String channel = ahead ? "meeting" : CHANNELS[random.nextInt(CHANNELS.length)];
                    Instant at = ahead
                            ? Instant.now().plus(random.nextInt(14 * 24) + 1L, ChronoUnit.HOURS)
                            : Instant.now().minus(random.nextInt(180 * 24 * 60) + 1L, ChronoUnit.MINUTES);
                    at = at.truncatedTo(ChronoUnit.MINUTES);
                    UUID id = Ids.newId();
                    activities.setObject(1, id);
                    activities.setString(2, channel);
                    activities.setString(
                            3,
                            List.of("email", "call", "social", "sms").contains(channel)
                                    ? (random.nextBoolean() ? "inbound" : "outbound")
                                    : null);
                    activities.setTimestamp(4, Timestamp.from(at));
                    activities.setString(5, SUBJECTS[random.nextInt(SUBJECTS.length)]);
                    activities.setString(6, body(channel));
                    activities.setString(7, details(channel, at, random));
                    activities.setObject(8, contact.ownerId());
                    activities.setTimestamp(9, Timestamp.from(at));
                    activities.addBatch();
                    link(links, id, "contact", contact.id(), at, channel, contact.ownerId(), false);
                    if (contact.companyId() != null) {
                        link(links, id, "company", contact.companyId(), at, channel, contact.ownerId(), true);
                    }
                    if (++count % 500 == 0) {
                        activities.executeBatch();
                        links.executeBatch();
                    }
                }
            }
            activities.executeBatch();
            links.executeBatch();
        }
        insertTasks(connection, random, contacts, users);
        try (Statement update = connection.createStatement()) {
            for (String table : List.of("contact", "company")) {
                update.executeUpdate("update " + table + " r set last_contacted_at = l.latest from (select record_id,"
                        + " max(occurred_at) as latest from activity_link where record_type = '" + table + "'"
                        + " and channel not in ('note', 'system') and occurred_at <= now() group by record_id) l"
                        + " where r.id = l.record_id");
                update.executeUpdate("update " + table + " r set next_activity_at = n.next from (select record_id,"
                        + " min(at) as next from (select record_id, occurred_at as at from activity_link"
                        + " where record_type = '" + table + "' and channel <> 'system' and occurred_at > now()"
                        + " union all select l.record_id, t.due_at from task_link l join task t on t.id = l.task_id"
                        + " where l.record_type = '" + table + "' and t.done_at is null and t.due_at > now()) ahead"
                        + " group by record_id) n where r.id = n.record_id");
            }
        }
    }

    private static void insertTasks(Connection connection, Random random, List<Contact> contacts, List<UUID> users)
            throws SQLException {
        String task = "insert into task (id, title, due_at, priority, assignee_id, created_by, recurrence,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'none', now(), now())";
        String link = "insert into task_link (task_id, record_type, record_id) values (?, 'contact', ?)";
        try (PreparedStatement tasks = connection.prepareStatement(task);
                PreparedStatement links = connection.prepareStatement(link)) {
            for (UUID user : users) {
                for (int i = 0; i < 8; i++) {
                    // Two overdue, two due today, four in the next three weeks.
                    long hours = i < 2
                            ? -(random.nextInt(72) + 2)
                            : i < 4 ? random.nextInt(8) + 1 : random.nextInt(21 * 24) + 24;
                    UUID id = Ids.newId();
                    tasks.setObject(1, id);
                    tasks.setString(2, TASKS[random.nextInt(TASKS.length)]);
                    tasks.setTimestamp(
                            3,
                            Timestamp.from(
                                    Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES)));
                    tasks.setString(4, i % 3 == 0 ? "high" : "normal");
                    tasks.setObject(5, user);
                    tasks.setObject(6, user);
                    tasks.addBatch();
                    links.setObject(1, id);
                    links.setObject(
                            2, contacts.get(random.nextInt(contacts.size())).id());
                    links.addBatch();
                }
            }
            tasks.executeBatch();
            links.executeBatch();
        }
    }

    private static void link(
            PreparedStatement links,
            UUID activity,
            String type,
            UUID record,
            Instant at,
            String channel,
            UUID author,
            boolean inherited)
            throws SQLException {
        links.setObject(1, activity);
        links.setString(2, type);
        links.setObject(3, record);
        links.setTimestamp(4, Timestamp.from(at));
        links.setString(5, channel);
        links.setObject(6, author);
        links.setBoolean(7, inherited);
        links.addBatch();
    }

    private static String body(String channel) {
        return switch (channel) {
            case "note" -> "<p>Prefers <b>email</b> over calls; budget decided in Q2.</p>";
            case "email" -> "Thanks for your time today. As promised, the details are attached.";
            default -> "Talked about the order, the delivery date and the next steps.";
        };
    }

    private static String details(String channel, Instant at, Random random) {
        return switch (channel) {
            case "call" ->
                "{\"durationSeconds\": " + (random.nextInt(40) + 1) * 60 + ", \"outcome\": \""
                        + OUTCOMES[random.nextInt(OUTCOMES.length)] + "\"}";
            case "meeting", "in_person" ->
                "{\"endsAt\": \"" + at.plus(1, ChronoUnit.HOURS) + "\", \"location\": \""
                        + (channel.equals("meeting") ? "Video call" : "Their office") + "\"}";
            default -> "{}";
        };
    }
}
