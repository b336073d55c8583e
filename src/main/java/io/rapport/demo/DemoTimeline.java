package io.rapport.demo;

import io.rapport.activity.ActivityInput;
import io.rapport.activity.BulkTimeline;
import io.rapport.activity.TaskInput;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo's timelines and tasks: a few interactions of every channel per contact over the last six months (the
 * activity module links them to the contact's company too, and keeps "last contacted" and "next activity"), some
 * meetings ahead, and tasks for every user (overdue, today, upcoming). Demo tasks get no reminders.
 */
final class DemoTimeline {

    /** A demo contact, as its timeline needs it. */
    record Contact(UUID id, UUID ownerId) {}

    /** What was created. */
    record Counts(int activities, int tasks) {}

    private static final String[] CHANNELS = {"email", "call", "call", "meeting", "in_person", "social", "sms", "note"};
    private static final List<String> WITH_DIRECTION = List.of("email", "call", "social", "sms");
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

    static Counts create(BulkTimeline timeline, Random random, List<Contact> contacts, List<UUID> users) {
        List<BulkTimeline.NewActivity> activities = activities(random, contacts);
        timeline.logAll(activities);
        List<BulkTimeline.NewTask> tasks = tasks(random, contacts, users);
        timeline.createTasks(tasks);
        return new Counts(activities.size(), tasks.size());
    }

    private static List<BulkTimeline.NewActivity> activities(Random random, List<Contact> contacts) {
        List<BulkTimeline.NewActivity> activities = new ArrayList<>();
        Instant now = Instant.now();
        for (Contact contact : contacts) {
            int interactions = random.nextInt(6) + (random.nextInt(10) < 3 ? 1 : 0);
            for (int i = 0; i < interactions; i++) {
                boolean ahead = i == 0 && random.nextInt(100) < 2;
                String channel = ahead ? "meeting" : CHANNELS[random.nextInt(CHANNELS.length)];
                Instant at = ahead
                        ? now.plus(random.nextInt(14 * 24) + 1L, ChronoUnit.HOURS)
                        : now.minus(random.nextInt(180 * 24 * 60) + 1L, ChronoUnit.MINUTES);
                at = at.truncatedTo(ChronoUnit.MINUTES);
                boolean call = channel.equals("call");
                boolean meeting = channel.equals("meeting") || channel.equals("in_person");
                activities.add(new BulkTimeline.NewActivity(
                        contact.ownerId(),
                        new ActivityInput(
                                channel,
                                WITH_DIRECTION.contains(channel)
                                        ? (random.nextBoolean() ? "inbound" : "outbound")
                                        : null,
                                at,
                                SUBJECTS[random.nextInt(SUBJECTS.length)],
                                body(channel),
                                call ? (random.nextInt(40) + 1) * 60 : null,
                                call ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null,
                                meeting ? at.plus(1, ChronoUnit.HOURS) : null,
                                null,
                                meeting ? (channel.equals("meeting") ? "Video call" : "Their office") : null,
                                null,
                                null,
                                null,
                                null,
                                List.of(contact.id()),
                                null,
                                null,
                                null)));
            }
        }
        return activities;
    }

    private static List<BulkTimeline.NewTask> tasks(Random random, List<Contact> contacts, List<UUID> users) {
        List<BulkTimeline.NewTask> tasks = new ArrayList<>();
        Instant now = Instant.now();
        for (UUID user : users) {
            for (int i = 0; i < 8; i++) {
                // Two overdue, two due today, four in the next three weeks.
                long hours = i < 2
                        ? -(random.nextInt(72) + 2)
                        : i < 4 ? random.nextInt(8) + 1 : random.nextInt(21 * 24) + 24;
                tasks.add(new BulkTimeline.NewTask(
                        user,
                        new TaskInput(
                                TASKS[random.nextInt(TASKS.length)],
                                null,
                                now.plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES),
                                i % 3 == 0 ? "high" : "normal",
                                user,
                                "none",
                                null,
                                List.of(contacts.get(random.nextInt(contacts.size()))
                                        .id()),
                                null)));
            }
        }
        return tasks;
    }

    private static String body(String channel) {
        return switch (channel) {
            case "note" -> "<p>Prefers <b>email</b> over calls; budget decided in Q2.</p>";
            case "email" -> "Thanks for your time today. As promised, the details are attached.";
            default -> "Talked about the order, the delivery date and the next steps.";
        };
    }
}
