package io.rapport.contact;

import io.rapport.company.CompanyDirectory;
import io.rapport.company.CompanySummary;
import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.AccessScope;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.record.RecordKit;
import io.rapport.record.RecordLifecycle;
import io.rapport.record.RecordStore;
import io.rapport.shared.CursorPage;
import io.rapport.shared.Duplicate;
import io.rapport.shared.DuplicateRecordException;
import io.rapport.shared.FieldChange;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.KeysetQuery;
import io.rapport.shared.MergeRecord;
import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.filter.FilterField;
import io.rapport.shared.filter.FilterField.Kind;
import io.rapport.shared.record.CommonFilterFields;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.search.TextSearch;
import io.rapport.shared.value.Countries;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything done to contacts, for the UI and the API alike; every read passes the visibility check. */
@Service
@Transactional
class ContactService {

    private static final Map<String, KeysetQuery.SortKey<Contact>> SORT_KEYS = Map.of(
            "lastName",
            KeysetQuery.SortKey.text("lastName", Contact::getLastName),
            "firstName",
            KeysetQuery.SortKey.text("firstName", Contact::getFirstName));

    private static final TextSearch.Fields SEARCH_FIELDS = new TextSearch.Fields(
            new String[] {"firstName", "lastName", "companyName"},
            new String[] {"firstNamePrefix", "lastNamePrefix", "companyNamePrefix", "emails", "tags", "customText"},
            "phoneDigits");

    private static final int MOST_DUPLICATES = 10;

    static final List<FilterField> FILTER_FIELDS = CommonFilterFields.concat(
            List.of(
                    FilterField.of("firstName", Kind.TEXT, "firstName"),
                    FilterField.of("lastName", Kind.TEXT, "lastName"),
                    FilterField.of("email", Kind.TEXT_ARRAY, "emails"),
                    FilterField.of("phone", Kind.TEXT_ARRAY, "phonesE164"),
                    FilterField.of("jobTitle", Kind.TEXT, "jobTitle"),
                    FilterField.of("companyId", Kind.UUID, "companyId"),
                    FilterField.of("companyName", Kind.TEXT, "companyName")),
            CommonFilterFields.ADDRESS,
            List.of(
                    FilterField.of("birthDate", Kind.DATE, "birthDate"),
                    FilterField.of("age", Kind.AGE, "birthDate"),
                    FilterField.of("gender", Kind.TEXT, "gender"),
                    FilterField.of("profession", Kind.TEXT, "profession"),
                    FilterField.of("source", Kind.TEXT, "source"),
                    FilterField.code("lifecycleStage", "lifecycleStage", LifecycleStage::fromCode)),
            CommonFilterFields.RECORD);

    private final Contacts contacts;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final RecordStore<Contact> store;
    private final RecordLifecycle<Contact> lifecycle;
    private final UserDirectory userDirectory;
    private final CompanyDirectory companyDirectory;
    private final ApplicationEventPublisher events;
    private final ContactNormaliser normaliser;
    private final ContactDuplicates duplicates;
    private final Validator validator;
    private final CustomFieldDirectory customFields;

    ContactService(
            Contacts contacts,
            EntityManager entityManager,
            CurrentUser currentUser,
            RecordKit kit,
            RecordType contactType,
            UserDirectory userDirectory,
            CompanyDirectory companyDirectory,
            ApplicationEventPublisher events,
            ContactNormaliser normaliser,
            ContactDuplicates duplicates,
            Validator validator,
            CustomFieldDirectory customFields) {
        this.contacts = contacts;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.store = kit.store(Contact.class, contactType, SORT_KEYS, SEARCH_FIELDS);
        this.lifecycle = kit.lifecycle(
                Contact::snapshot,
                (contact, action, actorId, changes) -> new ContactChanged(contact.getId(), action, actorId, changes));
        this.userDirectory = userDirectory;
        this.companyDirectory = companyDirectory;
        this.events = events;
        this.normaliser = normaliser;
        this.duplicates = duplicates;
        this.validator = validator;
        this.customFields = customFields;
    }

    @Transactional(readOnly = true)
    CursorPage<Contact> list(ContactQuery query, PageRequest page) {
        return store.list(query, page, (builder, root, predicates) -> {
            KeysetQuery.addEquals(builder, root.get("lifecycleStage"), query.lifecycleStage(), predicates);
            KeysetQuery.addEquals(builder, root.get("companyId"), query.companyId(), predicates);
            KeysetQuery.addEquals(builder, root.get("ownerId"), query.ownerId(), predicates);
            KeysetQuery.addEquals(builder, root.get("importId"), query.importId(), predicates);
            KeysetQuery.addEqualsIgnoringCase(
                    builder, root.get("address").get("country"), Countries.codeOrAsGiven(query.country()), predicates);
            KeysetQuery.addEqualsIgnoringCase(builder, root.get("address").get("city"), query.city(), predicates);
            KeysetQuery.addEqualsIgnoringCase(builder, root.get("source"), query.source(), predicates);
            KeysetQuery.addArrayContains(builder, root.get("tags"), query.tag(), predicates);
            KeysetQuery.addArrayContains(
                    builder,
                    root.get("emails"),
                    query.email() == null ? null : query.email().toLowerCase(Locale.ROOT),
                    predicates);
        });
    }

    /** A contact the user may see, in the trash or not; otherwise 404. */
    @Transactional(readOnly = true)
    Contact get(UUID id) {
        return store.get(id);
    }

    @Transactional(readOnly = true)
    Optional<Contact> find(UUID id) {
        return store.find(id);
    }

    /**
     * The active contacts the signed-in user may see that have this email address or phone number (E.164), for
     * linking what arrives from outside (a logged call, a received email) to the people it concerns.
     */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    List<Contact> findByEmailOrPhone(String email, String phoneE164) {
        AccessScope scope = store.scope();
        List<Contact> found = entityManager
                .createNativeQuery(
                        "select * from contact where deleted_at is null and (emails @> array[cast(:email as varchar)]"
                                + " or phones_e164 @> array[cast(:phone as varchar)]) order by id limit 100",
                        Contact.class)
                .setParameter("email", email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("phone", phoneE164)
                .getResultList();
        return found.stream()
                .filter(contact -> scope.permits(contact.getOwnerId()))
                .toList();
    }

    /** A contact for an email address nobody has yet (an unknown sender), named as the mail names them. */
    Contact createFromEmail(String email, String name, String source) {
        String[] names =
                name == null || name.isBlank() ? new String[0] : name.strip().split("\\s+", 2);
        String first = names.length > 1 ? names[0] : null;
        String last =
                names.length > 1 ? names[1] : names.length == 1 ? names[0] : email.substring(0, email.indexOf('@'));
        return create(ContactInput.lead(first, last, email, source), true);
    }

    /** The given contacts that the signed-in user may see. */
    @Transactional(readOnly = true)
    List<Contact> visible(Collection<UUID> ids) {
        return store.visible(ids);
    }

    /** The first contacts of a company, for its detail page. */
    @Transactional(readOnly = true)
    List<Contact> ofCompany(UUID companyId) {
        AccessScope scope = store.scope();
        return contacts.findTop100ByCompanyIdAndDeletedAtIsNullOrderByLastNameAscFirstNameAsc(companyId).stream()
                .filter(contact -> scope.permits(contact.getOwnerId()))
                .toList();
    }

    /** Creates a contact; one with an email address another contact has is refused unless {@code force}. */
    Contact create(ContactInput input, boolean force) {
        Contact contact = new Contact(Ids.newId());
        ContactNormaliser.Normalised normalised =
                validate(input, currentUser.get().id(), null);
        if (!force) {
            refuseDuplicateEmail(normalised.input().emails());
        }
        apply(contact, normalised);
        entityManager.persist(contact);
        lifecycle.created(contact);
        return contact;
    }

    Contact update(UUID id, ContactInput input) {
        return update(id, current -> input);
    }

    /**
     * Changes a contact to what {@code change} makes of its fields as they are (a merge patch), read and written in
     * one transaction: reading it first in a transaction of its own cost a PATCH three statements more.
     */
    Contact update(UUID id, UnaryOperator<ContactInput> change) {
        Contact contact = store.getForChange(id);
        Map<String, Object> before = contact.snapshot();
        apply(contact, validate(change.apply(contact.toInput()), contact.getOwnerId(), contact));
        publish(contact, Action.UPDATED, before);
        return contact;
    }

    void delete(UUID id) {
        lifecycle.trash(get(id));
    }

    Contact restore(UUID id) {
        return lifecycle.restore(get(id));
    }

    /** Keeps the company name that search finds contacts by in step with the company. */
    void companyRenamed(UUID companyId, String name) {
        contacts.findByCompanyId(companyId).forEach(contact -> contact.companyRenamed(name));
    }

    /** Moves a contact to another company for a company merge (or its undo), recorded like an edit. */
    void moveToCompany(Contact contact, UUID companyId, String companyName) {
        Map<String, Object> before = contact.snapshot();
        contact.movedToCompany(companyId, companyName);
        publish(contact, Action.UPDATED, before);
    }

    /** The likely duplicates of a contact as entered so far, best first, among those the user may see. */
    @Transactional(readOnly = true)
    List<Duplicate> duplicatesOf(ContactInput input, UUID contactId) {
        ContactNormaliser.Normalised normalised = normaliser.normalise(input, null);
        ContactInput entered = normalised.input();
        ContactDuplicates.Row row = new ContactDuplicates.Row(
                contactId,
                Objects.requireNonNullElse(entered.firstName(), ""),
                Objects.requireNonNullElse(entered.lastName(), ""),
                entered.emails(),
                normalised.phonesE164(),
                entered.companyId(),
                null,
                null);
        return duplicates.of(row, store.scope()).stream().limit(MOST_DUPLICATES).toList();
    }

    /** Likely duplicate pairs across the base, best first, both of each pair visible to the user. */
    @Transactional(readOnly = true)
    List<ContactDuplicates.Pair> duplicatePairs(int limit) {
        AccessScope scope = store.scope();
        return duplicates.acrossBase(Integer.MAX_VALUE).stream()
                .filter(pair -> scope.permits(pair.first().ownerId())
                        && scope.permits(pair.second().ownerId()))
                .limit(limit)
                .toList();
    }

    private void refuseDuplicateEmail(List<String> emails) {
        if (emails.isEmpty()) {
            return;
        }
        List<ContactDuplicates.Row> existing = duplicates.withEmails(emails, null);
        if (!existing.isEmpty()) {
            AccessScope scope = store.scope();
            throw new DuplicateRecordException(
                    "email",
                    "another contact already has this email address",
                    existing.stream()
                            .filter(row -> scope.permits(row.ownerId()))
                            .map(row -> row.asDuplicate(100, List.of("email")))
                            .toList());
        }
    }

    private void apply(Contact contact, ContactNormaliser.Normalised normalised) {
        ContactInput input = normalised.input();
        contact.apply(input, companyName(input.companyId()), normalised.phonesE164());
    }

    private String companyName(UUID companyId) {
        return companyId == null
                ? null
                : companyDirectory
                        .findActive(companyId)
                        .map(CompanySummary::name)
                        .orElse(null);
    }

    /** An import's change to an existing contact, checked by the import; recorded like an edit. */
    void importUpdate(Contact contact, ContactNormaliser.Normalised normalised, String externalId) {
        Map<String, Object> before = contact.snapshot();
        apply(contact, normalised);
        contact.identifyAs(externalId);
        publish(contact, Action.UPDATED, before);
    }

    /** Takes the merged fields into the survivor of a merge; recorded as MERGED with the merge's id and the merged records. */
    void absorb(Contact survivor, ContactInput merged, MergeRecord merge) {
        Map<String, Object> before = survivor.snapshot();
        apply(survivor, validate(merged, survivor.getOwnerId(), survivor));
        publish(survivor, Action.MERGED, before, merge.historyChanges());
    }

    /** Moves a merged contact to the trash, pointing at its survivor. */
    void mergedInto(Contact merged, UUID survivorId) {
        lifecycle.mergedInto(merged, survivorId);
    }

    /** Takes a merge back: the survivor gets its fields from before, the merged contacts come out of the trash. */
    void unmerge(Contact survivor, ContactInput survivorBefore, List<Contact> merged) {
        Map<String, Object> before = survivor.snapshot();
        apply(survivor, validate(survivorBefore, survivor.getOwnerId(), survivor));
        publish(survivor, Action.MERGE_UNDONE, before);
        merged.forEach(lifecycle::unmerged);
    }

    private void publish(Contact contact, Action action, Map<String, Object> before, FieldChange... extra) {
        lifecycle.publish(contact, action, before, extra);
    }

    /**
     * Checks the input whole and reports every problem at once: {@link #check}, then references to other records.
     *
     * @param existing the contact being changed, null for a new one (whose blank custom fields take defaults)
     */
    private ContactNormaliser.Normalised validate(ContactInput raw, UUID defaultOwner, Contact existing) {
        ContactNormaliser.Normalised normalised =
                check(raw, defaultOwner, existing == null ? null : existing.getCustomFields());
        List<FieldProblem> problems = new ArrayList<>(normalised.problems());
        ContactInput input = normalised.input();
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
        return normalised;
    }

    /**
     * The checks that need no other record, for one contact or a whole import batch: Bean Validation (sizes,
     * dates), then, after normalising, readable values, a name, and custom field values. Problems are returned.
     *
     * @param storedCustomFields the custom values the contact has, null for a new one (whose blanks take defaults)
     */
    ContactNormaliser.Normalised check(ContactInput raw, UUID defaultOwner, Map<String, Object> storedCustomFields) {
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(raw)));
        ContactNormaliser.Normalised cleaned = normaliser.normalise(raw, defaultOwner);
        problems.addAll(cleaned.problems());
        CustomFieldDirectory.Checked custom = customFields.check(
                ContactChanged.RECORD_TYPE,
                raw.customFields(),
                storedCustomFields,
                cleaned.input().country(),
                storedCustomFields == null);
        problems.addAll(custom.problems());
        ContactInput input = cleaned.input().withCustomFields(custom.values());
        if (input.firstName() == null && input.lastName() == null && input.email() == null) {
            problems.add(new FieldProblem("lastName", "a contact needs a name or an email address"));
        }
        return new ContactNormaliser.Normalised(input, cleaned.phonesE164(), problems);
    }
}
