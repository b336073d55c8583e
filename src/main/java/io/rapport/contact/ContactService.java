package io.rapport.contact;

import io.rapport.company.CompanyDirectory;
import io.rapport.company.CompanySummary;
import io.rapport.identity.AccessScope;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.Visibility;
import io.rapport.shared.Changes;
import io.rapport.shared.CursorPage;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.KeysetQuery;
import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import io.rapport.shared.search.TextSearch;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything done to contacts, for the UI and the API alike; every read passes the visibility check. */
@Service
@Transactional
class ContactService {

    private static final KeysetQuery<Contact> LIST = new KeysetQuery<>(
            Contact.class,
            Map.of(
                    "lastName", KeysetQuery.SortKey.text("lastName", Contact::getLastName),
                    "firstName", KeysetQuery.SortKey.text("firstName", Contact::getFirstName),
                    "createdAt", KeysetQuery.SortKey.instant("createdAt", Contact::getCreatedAt),
                    "updatedAt", KeysetQuery.SortKey.instant("updatedAt", Contact::getUpdatedAt)),
            Contact::getId);

    private static final TextSearch.Fields SEARCH_FIELDS = new TextSearch.Fields(
            new String[] {"firstName", "lastName", "companyName"},
            new String[] {"firstNamePrefix", "lastNamePrefix", "companyNamePrefix", "emails", "tags"},
            "phoneDigits");

    private final Contacts contacts;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Visibility visibility;
    private final UserDirectory userDirectory;
    private final CompanyDirectory companyDirectory;
    private final ApplicationEventPublisher events;

    ContactService(
            Contacts contacts,
            EntityManager entityManager,
            CurrentUser currentUser,
            Visibility visibility,
            UserDirectory userDirectory,
            CompanyDirectory companyDirectory,
            ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.visibility = visibility;
        this.userDirectory = userDirectory;
        this.companyDirectory = companyDirectory;
        this.events = events;
    }

    /** Filters a contact list may have, all optional. */
    record Filter(
            String q,
            LifecycleStage lifecycleStage,
            UUID companyId,
            UUID ownerId,
            String country,
            String city,
            String source,
            String tag,
            String email,
            boolean deleted) {

        static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, false);
        }
    }

    @Transactional(readOnly = true)
    CursorPage<Contact> list(Filter filter, PageRequest page) {
        AccessScope scope = visibility.scopeFor(ContactChanged.RECORD_TYPE);
        if (filter.q() != null && !filter.q().isBlank()) {
            return TextSearch.search(
                    entityManager, Contact.class, SEARCH_FIELDS, filter.q(), scope.ownerIds(), filter.deleted(), page);
        }
        return LIST.fetch(
                entityManager,
                (builder, root, predicates) -> {
                    predicates.add(
                            filter.deleted()
                                    ? builder.isNotNull(root.get("deletedAt"))
                                    : builder.isNull(root.get("deletedAt")));
                    if (!scope.isAll()) {
                        predicates.add(root.get("ownerId").in(scope.ownerIds()));
                    }
                    KeysetQuery.addEquals(builder, root.get("lifecycleStage"), filter.lifecycleStage(), predicates);
                    KeysetQuery.addEquals(builder, root.get("companyId"), filter.companyId(), predicates);
                    KeysetQuery.addEquals(builder, root.get("ownerId"), filter.ownerId(), predicates);
                    KeysetQuery.addEqualsIgnoringCase(builder, root.get("country"), filter.country(), predicates);
                    KeysetQuery.addEqualsIgnoringCase(builder, root.get("city"), filter.city(), predicates);
                    KeysetQuery.addEqualsIgnoringCase(builder, root.get("source"), filter.source(), predicates);
                    KeysetQuery.addArrayContains(builder, root.get("tags"), filter.tag(), predicates);
                    KeysetQuery.addArrayContains(
                            builder,
                            root.get("emails"),
                            filter.email() == null ? null : filter.email().toLowerCase(Locale.ROOT),
                            predicates);
                },
                page);
    }

    /** A contact the user may see, in the trash or not; otherwise 404. */
    @Transactional(readOnly = true)
    Contact get(UUID id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(ContactChanged.RECORD_TYPE, id));
    }

    @Transactional(readOnly = true)
    Optional<Contact> find(UUID id) {
        return contacts.findById(id)
                .filter(contact ->
                        visibility.scopeFor(ContactChanged.RECORD_TYPE).permits(contact.getOwnerId()));
    }

    /** The first contacts of a company, for its detail page. */
    @Transactional(readOnly = true)
    List<Contact> ofCompany(UUID companyId) {
        AccessScope scope = visibility.scopeFor(ContactChanged.RECORD_TYPE);
        return contacts.findTop100ByCompanyIdAndDeletedAtIsNullOrderByLastNameAscFirstNameAsc(companyId).stream()
                .filter(contact -> scope.permits(contact.getOwnerId()))
                .toList();
    }

    Contact create(ContactInput input) {
        Contact contact = new Contact(Ids.newId());
        ContactInput cleaned = validate(clean(input, currentUser.get().id()));
        contact.apply(cleaned, companyName(cleaned.companyId()));
        contacts.save(contact);
        publish(contact, Action.CREATED, Map.of());
        return contact;
    }

    Contact update(UUID id, ContactInput input) {
        Contact contact = get(id);
        if (contact.isDeleted()) {
            throw new InvalidInputException("id", "the contact is in the trash; restore it first");
        }
        Map<String, Object> before = contact.snapshot();
        ContactInput cleaned = validate(clean(input, contact.getOwnerId()));
        contact.apply(cleaned, companyName(cleaned.companyId()));
        publish(contact, Action.UPDATED, before);
        return contact;
    }

    void delete(UUID id) {
        Contact contact = get(id);
        if (!contact.isDeleted()) {
            contact.moveToTrash();
            publish(contact, Action.DELETED, contact.snapshot());
        }
    }

    Contact restore(UUID id) {
        Contact contact = get(id);
        if (contact.isDeleted()) {
            contact.restore();
            publish(contact, Action.RESTORED, contact.snapshot());
        }
        return contact;
    }

    /** Keeps the company name that search finds contacts by in step with the company. */
    void companyRenamed(UUID companyId, String name) {
        contacts.findByCompanyId(companyId).forEach(contact -> contact.companyRenamed(name));
    }

    private String companyName(UUID companyId) {
        return companyId == null
                ? null
                : companyDirectory
                        .findActive(companyId)
                        .map(CompanySummary::name)
                        .orElse(null);
    }

    private void publish(Contact contact, Action action, Map<String, Object> before) {
        events.publishEvent(new ContactChanged(
                contact.getId(), action, currentUser.get().id(), Changes.between(before, contact.snapshot())));
    }

    private static ContactInput clean(ContactInput input, UUID defaultOwner) {
        List<String> emails = withPrimary(
                Text.cleanList(
                        input.emails() == null
                                ? List.of()
                                : input.emails().stream()
                                        .map(email -> email == null ? null : email.toLowerCase(Locale.ROOT))
                                        .toList()),
                input.email() == null ? null : Text.clean(input.email().toLowerCase(Locale.ROOT)));
        List<String> phones = withPrimary(Text.cleanList(input.phones()), Text.clean(input.phone()));
        return new ContactInput(
                Text.clean(input.firstName()),
                Text.clean(input.lastName()),
                emails.isEmpty() ? null : emails.get(0),
                emails,
                phones.isEmpty() ? null : phones.get(0),
                phones,
                Text.clean(input.jobTitle()),
                input.companyId(),
                Text.clean(input.street()),
                Text.clean(input.postalCode()),
                Text.clean(input.city()),
                Text.clean(input.region()),
                Text.clean(input.country()),
                input.birthDate(),
                Text.clean(input.gender()),
                Text.clean(input.profession()),
                Text.clean(input.source()),
                input.lifecycleStage() == null ? LifecycleStage.LEAD : input.lifecycleStage(),
                input.ownerId() == null ? defaultOwner : input.ownerId(),
                Text.cleanList(input.tags()));
    }

    /**
     * Puts the primary value first: moved there if the list holds it already, otherwise in place of the old
     * primary, so changing {@code email} replaces the main address rather than piling up addresses.
     */
    static List<String> withPrimary(List<String> values, String primary) {
        List<String> result = new ArrayList<>(values);
        if (primary == null) {
            return result;
        }
        int existing = indexOfIgnoringCase(result, primary);
        if (existing >= 0) {
            result.remove(existing);
        } else if (!result.isEmpty()) {
            result.remove(0);
        }
        result.add(0, primary);
        return result;
    }

    private static int indexOfIgnoringCase(List<String> values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equalsIgnoreCase(value)) {
                return i;
            }
        }
        return -1;
    }

    /** The rules Bean Validation cannot see: a name, and references to other records. */
    private ContactInput validate(ContactInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.firstName() == null && input.lastName() == null && input.email() == null) {
            problems.add(new FieldProblem("lastName", "a contact needs a name or an email address"));
        }
        if (input.companyId() != null
                && companyDirectory.findActive(input.companyId()).isEmpty()) {
            problems.add(new FieldProblem("companyId", "is not a known company"));
        }
        if (!userDirectory.isActiveUser(input.ownerId())) {
            problems.add(new FieldProblem("ownerId", "is not an active user"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }
}
