package io.rapport.activity;

import io.rapport.company.CompanyDirectory;
import io.rapport.contact.ContactDirectory;
import io.rapport.contact.ContactSummary;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.Visibility;
import io.rapport.shared.Cursor;
import io.rapport.shared.CursorPage;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import io.rapport.shared.record.TimelineDates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging interactions and reading timelines. An activity is seen by whoever may see a record it names; a
 * timeline by whoever may see its record. Every write keeps the records' "last contacted" and "next activity" in
 * step.
 */
@Service
@Transactional
class ActivityService {

    static final String RECORD = "activity";

    /** Note bodies keep simple formatting and http(s)/mailto links; anything else (script, styles) is dropped. */
    private static final Safelist NOTE_HTML = Safelist.basic();

    private final Activities activities;
    private final ContactDirectory contacts;
    private final CompanyDirectory companies;
    private final CurrentUser currentUser;
    private final Visibility visibility;
    private final Attachments attachments;
    private final AttachmentFiles files;
    private final NextActivities nextActivities;

    private final RecordTypes recordTypes;
    private final TimelineDates timelineDates;

    ActivityService(
            Activities activities,
            ContactDirectory contacts,
            CompanyDirectory companies,
            CurrentUser currentUser,
            Visibility visibility,
            Attachments attachments,
            AttachmentFiles files,
            NextActivities nextActivities,
            RecordTypes recordTypes,
            TimelineDates timelineDates) {
        this.recordTypes = recordTypes;
        this.timelineDates = timelineDates;
        this.activities = activities;
        this.contacts = contacts;
        this.companies = companies;
        this.currentUser = currentUser;
        this.visibility = visibility;
        this.attachments = attachments;
        this.files = files;
        this.nextActivities = nextActivities;
    }

    Activity log(ActivityInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        Channel channel = Channel.fromCode(Text.clean(input.channel()))
                .filter(Channel::isLoggable)
                .orElse(null);
        if (channel == null) {
            throw new InvalidInputException("channel", "must be one of " + Channel.CODES);
        }
        Instant occurredAt =
                (input.occurredAt() == null ? Instant.now() : input.occurredAt()).truncatedTo(ChronoUnit.MICROS);
        String direction = ActivityDetails.direction(channel, input.direction(), problems);
        Map<String, Object> details = ActivityDetails.of(channel, input, occurredAt, problems);
        List<ActivityLink> links = links(input, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String body = Text.clean(input.body());
        if (body != null && channel.hasRichBody()) {
            body = Jsoup.clean(body, NOTE_HTML);
        }
        Activity activity = new Activity(
                Ids.newId(),
                channel,
                direction,
                occurredAt,
                Text.clean(input.subject()),
                body,
                details,
                currentUser.get().id(),
                Instant.now(),
                links);
        return store(activity);
    }

    /** Stores an activity made and checked elsewhere (an email) and keeps its records' last contact. */
    Activity store(Activity activity) {
        activities.insert(activity);
        if (activity.occurredAt().isAfter(Instant.now())) {
            nextActivities.refresh(activity.links());
        }
        if (activity.channel().isInteraction() && !activity.occurredAt().isAfter(Instant.now())) {
            byType(activity.links())
                    .forEach((recordType, ids) -> timelineDates.touch(recordType, ids, activity.occurredAt()));
        }
        return activity;
    }

    @Transactional(readOnly = true)
    Activity get(UUID id) {
        return activities.find(id).filter(this::isVisible).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    /** A record's timeline, newest first; a record the user may not see is not found. */
    @Transactional(readOnly = true)
    CursorPage<Activity> timeline(String recordType, UUID recordId, TimelineQuery query, String cursor, int limit) {
        if (!isVisible(recordType, recordId)) {
            throw new RecordNotFoundException(recordType, recordId);
        }
        List<Activity> page = activities.timeline(
                recordType, recordId, query, cursor == null ? null : Cursor.decode(cursor), limit + 1);
        String next = null;
        if (page.size() > limit) {
            page = page.subList(0, limit);
            Activity last = page.get(limit - 1);
            next = Cursor.after(last.occurredAt().toString(), last.id()).encode();
        }
        return new CursorPage<>(
                seesEveryRecord() ? page : page.stream().filter(this::isVisible).toList(), next);
    }

    /** The activities the user may see, of those given. */
    @Transactional(readOnly = true)
    List<Activity> visibleOnly(List<Activity> found) {
        return seesEveryRecord()
                ? found
                : found.stream().filter(this::isVisible).toList();
    }

    /** Deletes an activity with its attachments and puts the records' last contact back. */
    void delete(UUID id) {
        Activity activity = get(id);
        files.removeAfterCommit(
                attachments.of(List.of(id)).stream().map(Attachment::key).toList());
        activities.delete(id);
        if (activity.occurredAt().isAfter(Instant.now())) {
            nextActivities.refresh(activity.links());
        }
        if (activity.channel().isInteraction()) {
            byType(activity.links())
                    .forEach((recordType, ids) ->
                            timelineDates.setLastContacted(recordType, activities.lastContacted(recordType, ids)));
        }
    }

    /** The names of the contacts the activities name, that the user may see. */
    @Transactional(readOnly = true)
    Map<UUID, ContactSummary> contactsOf(List<Activity> page) {
        Set<UUID> ids = new LinkedHashSet<>();
        page.forEach(activity -> ids.addAll(activity.linked(ActivityLink.CONTACT)));
        return contacts.summaries(ids);
    }

    /**
     * The records an activity concerns: the contacts and companies named by id (each must be one the user may
     * see), the contacts with the given email or phone, and the companies those contacts work for (inherited).
     */
    private List<ActivityLink> links(ActivityInput input, List<FieldProblem> problems) {
        Map<UUID, UUID> contactCompanies = new LinkedHashMap<>();
        for (UUID id : input.contactIdsOrNone()) {
            contacts.find(id)
                    .ifPresentOrElse(
                            contact -> contactCompanies.put(id, contact.companyId()),
                            () -> problems.add(new FieldProblem("contactIds", "no contact " + id)));
        }
        boolean matching = Text.clean(input.email()) != null || Text.clean(input.phone()) != null;
        if (matching) {
            List<ContactSummary> matched =
                    contacts.findByEmailOrPhone(Text.clean(input.email()), Text.clean(input.phone()));
            if (matched.isEmpty()) {
                problems.add(new FieldProblem(
                        Text.clean(input.email()) != null ? "email" : "phone",
                        "no contact has this address or number"));
            }
            matched.forEach(contact -> contactCompanies.put(contact.id(), contact.companyId()));
        }
        Set<UUID> named = new LinkedHashSet<>();
        for (UUID id : input.companyIdsOrNone()) {
            if (companies.isVisible(id)) {
                named.add(id);
            } else {
                problems.add(new FieldProblem("companyIds", "no company " + id));
            }
        }
        if (contactCompanies.isEmpty() && named.isEmpty() && !matching && problems.isEmpty()) {
            problems.add(new FieldProblem("contactIds", "name at least one contact or company (or an email or phone)"));
        }
        List<ActivityLink> links = new ArrayList<>();
        contactCompanies.keySet().forEach(id -> links.add(new ActivityLink(ActivityLink.CONTACT, id, false)));
        named.forEach(id -> links.add(new ActivityLink(ActivityLink.COMPANY, id, false)));
        contactCompanies.values().stream()
                .filter(Objects::nonNull)
                .distinct()
                .filter(id -> !named.contains(id))
                .forEach(id -> links.add(new ActivityLink(ActivityLink.COMPANY, id, true)));
        return links;
    }

    /**
     * Whether the user sees every contact and company: then a timeline needs no check per entry. Otherwise a
     * company's timeline only shows its contacts' activities that name a record the user may see.
     */
    private boolean seesEveryRecord() {
        return recordTypes.with(RecordType.Feature.TIMELINE).stream()
                .allMatch(type -> visibility.scopeFor(type.name()).isAll());
    }

    private boolean isVisible(Activity activity) {
        return activity.links().stream()
                .filter(link -> !link.inherited())
                .anyMatch(link -> isVisible(link.recordType(), link.recordId()));
    }

    private boolean isVisible(String recordType, UUID id) {
        return recordTypes.isVisible(recordType, id);
    }

    /** The records linked, by record type. */
    static Map<String, List<UUID>> byType(Collection<ActivityLink> links) {
        return links.stream()
                .collect(Collectors.groupingBy(
                        ActivityLink::recordType,
                        LinkedHashMap::new,
                        Collectors.mapping(ActivityLink::recordId, Collectors.toList())));
    }

    private static List<UUID> ids(List<ActivityLink> links, String recordType) {
        return links.stream()
                .filter(link -> link.recordType().equals(recordType))
                .map(ActivityLink::recordId)
                .distinct()
                .toList();
    }
}
