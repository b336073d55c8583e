package io.rapport.activity;

import io.rapport.company.CompanyDirectory;
import io.rapport.contact.ContactDirectory;
import io.rapport.contact.ContactSummary;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.Text;
import io.rapport.shared.record.TimelineDates;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity module's public face for many activities and tasks at once (demo data, history carried over from
 * another system): the same checks and links as one logged through the API, written a thousand rows a statement,
 * with the records' "last contacted" and "next activity" brought up to date once for the whole call.
 */
@Component
@Transactional
public class BulkTimeline {

    private static final int PER_QUERY = 1_000;

    /** Note bodies keep what {@link ActivityService} keeps of them. */
    private static final Safelist NOTE_HTML = Safelist.basic();

    /** An activity to log, by its author (null: the signed-in user). */
    public record NewActivity(UUID authorId, ActivityInput activity) {}

    /** A task to create, by whoever made it (null: the signed-in user). */
    public record NewTask(UUID createdBy, TaskInput task) {}

    private final ActivityBulkWriter writer;
    private final NextActivities nextActivities;
    private final TimelineDates timelineDates;
    private final ContactDirectory contacts;
    private final CompanyDirectory companies;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Validator validator;

    BulkTimeline(
            ActivityBulkWriter writer,
            NextActivities nextActivities,
            TimelineDates timelineDates,
            ContactDirectory contacts,
            CompanyDirectory companies,
            UserDirectory users,
            CurrentUser currentUser,
            Validator validator) {
        this.writer = writer;
        this.nextActivities = nextActivities;
        this.timelineDates = timelineDates;
        this.contacts = contacts;
        this.companies = companies;
        this.users = users;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /**
     * Logs the activities as {@code POST /api/v1/activities} logs each: on the contacts and companies they name by
     * id (records the user may see; matching by {@code email} or {@code phone} is not offered here), and on the
     * companies those contacts work at. A problem with any of them (its field prefixed by its index,
     * {@code [3].channel}) logs none. Returns their ids, in order.
     */
    public List<UUID> logAll(List<NewActivity> entries) {
        UUID me = currentUser.get().id();
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, ContactSummary> named = contactsNamed(
                entries.stream().map(entry -> entry.activity().contactIds()).toList());
        Set<UUID> companiesNamed = companiesNamed(
                entries.stream().map(entry -> entry.activity().companyIds()).toList());
        Instant now = Instant.now();
        List<Activity> activities = new ArrayList<>(entries.size());
        Set<UUID> authors = new LinkedHashSet<>();
        // Cleaning a note parses it into a document: loads often repeat the same few bodies.
        Map<String, String> cleanNotes = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            List<FieldProblem> found = new ArrayList<>(
                    FieldProblem.of(validator.validate(entries.get(i).activity())));
            Activity activity = activity(entries.get(i), me, now, named, companiesNamed, cleanNotes, found);
            String prefix = "[" + i + "].";
            found.forEach(problem -> problems.add(new FieldProblem(prefix + problem.field(), problem.message())));
            if (activity != null) {
                activities.add(activity);
                authors.add(activity.authorId());
            }
        }
        checkUsers(authors, "authorId", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writer.insertActivities(activities);
        Map<String, Map<UUID, Instant>> contactedByType = new HashMap<>();
        List<ActivityLink> ahead = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.occurredAt().isAfter(now)) {
                ahead.addAll(activity.links());
            } else if (activity.channel().isInteraction()) {
                for (ActivityLink link : activity.links()) {
                    contactedByType
                            .computeIfAbsent(link.recordType(), type -> new HashMap<>())
                            .merge(link.recordId(), activity.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        contactedByType.forEach(timelineDates::touchAll);
        nextActivities.refresh(ahead);
        return activities.stream().map(Activity::id).toList();
    }

    /**
     * Creates the tasks as {@code POST /api/v1/tasks} creates each, but without reminders: a load of past work
     * would otherwise remind of every overdue task at once. A problem with any of them (its field prefixed by its
     * index) creates none. Returns their ids, in order.
     */
    public List<UUID> createTasks(List<NewTask> entries) {
        UUID me = currentUser.get().id();
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, ContactSummary> named = contactsNamed(
                entries.stream().map(entry -> entry.task().contactIds()).toList());
        Set<UUID> companiesNamed = companiesNamed(
                entries.stream().map(entry -> entry.task().companyIds()).toList());
        Instant now = Instant.now();
        List<Task> tasks = new ArrayList<>(entries.size());
        Set<UUID> assignees = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            TaskInput input = entries.get(i).task();
            List<FieldProblem> found = new ArrayList<>(FieldProblem.of(validator.validate(input)));
            String title = Text.clean(input.title());
            if (title == null) {
                found.add(new FieldProblem("title", "must not be blank"));
            }
            String priority = choice("priority", input.priority(), Task.PRIORITIES, "normal", found);
            String recurrence = choice("recurrence", input.recurrence(), Task.RECURRENCES, "none", found);
            if (!"none".equals(recurrence) && input.dueAt() == null) {
                found.add(new FieldProblem("dueAt", "a recurring task needs a due time"));
            }
            List<ActivityLink> links = new ArrayList<>();
            link(input.contactIds(), ActivityLink.CONTACT, named::containsKey, links, found);
            link(input.companyIds(), ActivityLink.COMPANY, companiesNamed::contains, links, found);
            UUID assignee = Objects.requireNonNullElse(input.assigneeId(), me);
            assignees.add(assignee);
            tasks.add(new Task(
                    Ids.newId(),
                    title,
                    Text.clean(input.notes()),
                    input.dueAt() == null ? null : input.dueAt().truncatedTo(ChronoUnit.MICROS),
                    priority,
                    assignee,
                    Objects.requireNonNullElse(entries.get(i).createdBy(), me),
                    recurrence,
                    Boolean.TRUE.equals(input.done()) ? now : null,
                    now,
                    now,
                    links));
            String prefix = "[" + i + "].";
            found.forEach(problem -> problems.add(new FieldProblem(prefix + problem.field(), problem.message())));
        }
        checkUsers(assignees, "assigneeId", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writer.insertTasks(tasks);
        nextActivities.refresh(tasks.stream()
                .filter(task ->
                        !task.isDone() && task.dueAt() != null && task.dueAt().isAfter(now))
                .flatMap(task -> task.links().stream())
                .toList());
        return tasks.stream().map(Task::id).toList();
    }

    /** One activity as {@link ActivityService#log} makes it, or null when it has problems (added to the list). */
    private Activity activity(
            NewActivity entry,
            UUID me,
            Instant now,
            Map<UUID, ContactSummary> named,
            Set<UUID> companiesNamed,
            Map<String, String> cleanNotes,
            List<FieldProblem> problems) {
        ActivityInput input = entry.activity();
        Channel channel = Channel.fromCode(Text.clean(input.channel()))
                .filter(Channel::isLoggable)
                .orElse(null);
        if (channel == null) {
            problems.add(new FieldProblem("channel", "must be one of " + Channel.CODES));
            return null;
        }
        if (Text.clean(input.email()) != null || Text.clean(input.phone()) != null) {
            problems.add(new FieldProblem(
                    Text.clean(input.email()) != null ? "email" : "phone", "name the contacts by id (contactIds)"));
        }
        Instant occurredAt = (input.occurredAt() == null ? now : input.occurredAt()).truncatedTo(ChronoUnit.MICROS);
        String direction = ActivityDetails.direction(channel, input.direction(), problems);
        Map<String, Object> details = ActivityDetails.of(channel, input, occurredAt, problems);
        List<ActivityLink> links = new ArrayList<>();
        link(input.contactIds(), ActivityLink.CONTACT, named::containsKey, links, problems);
        link(input.companyIds(), ActivityLink.COMPANY, companiesNamed::contains, links, problems);
        Set<UUID> companiesLinked = new HashSet<>(input.companyIdsOrNone());
        input.contactIdsOrNone().stream()
                .map(named::get)
                .filter(Objects::nonNull)
                .map(ContactSummary::companyId)
                .filter(Objects::nonNull)
                .filter(companiesLinked::add)
                .forEach(company -> links.add(new ActivityLink(ActivityLink.COMPANY, company, true)));
        if (links.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("contactIds", "name at least one contact or company"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String body = Text.clean(input.body());
        if (body != null && channel.hasRichBody()) {
            body = cleanNotes.computeIfAbsent(body, note -> Jsoup.clean(note, NOTE_HTML));
        }
        return new Activity(
                Ids.newId(),
                channel,
                direction,
                occurredAt,
                Text.clean(input.subject()),
                body,
                details,
                Objects.requireNonNullElse(entry.authorId(), me),
                now,
                links);
    }

    private static void link(
            List<UUID> ids,
            String recordType,
            Predicate<UUID> known,
            List<ActivityLink> links,
            List<FieldProblem> problems) {
        if (ids == null) {
            return;
        }
        for (UUID id : new LinkedHashSet<>(ids)) {
            if (known.test(id)) {
                links.add(new ActivityLink(recordType, id, false));
            } else {
                problems.add(new FieldProblem(recordType + "Ids", "no " + recordType + " " + id));
            }
        }
    }

    /** The contacts the entries name that the user may see, a thousand a query. */
    private Map<UUID, ContactSummary> contactsNamed(List<List<UUID>> named) {
        return inChunks(named, contacts::summariesInBulk);
    }

    /** The companies the entries name that the user may see. */
    private Set<UUID> companiesNamed(List<List<UUID>> named) {
        return inChunks(named, companies::summaries).keySet();
    }

    private static <T> Map<UUID, T> inChunks(List<List<UUID>> named, Function<Collection<UUID>, Map<UUID, T>> find) {
        List<UUID> ids = named.stream()
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .distinct()
                .toList();
        Map<UUID, T> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += PER_QUERY) {
            found.putAll(find.apply(ids.subList(from, Math.min(ids.size(), from + PER_QUERY))));
        }
        return found;
    }

    private void checkUsers(Set<UUID> ids, String field, List<FieldProblem> problems) {
        for (UUID id : ids) {
            if (!users.isActiveUser(id)) {
                problems.add(new FieldProblem(field, "no active user " + id));
            }
        }
    }

    private static String choice(
            String field, String given, List<String> allowed, String otherwise, List<FieldProblem> problems) {
        String value = Text.clean(given);
        if (value == null) {
            return otherwise;
        }
        if (!allowed.contains(value)) {
            problems.add(new FieldProblem(field, "must be one of " + String.join(", ", allowed)));
        }
        return value;
    }
}
