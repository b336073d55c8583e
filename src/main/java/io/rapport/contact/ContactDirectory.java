package io.rapport.contact;

import io.rapport.identity.AccessScope;
import io.rapport.identity.Visibility;
import io.rapport.record.ListQuery;
import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordAccess;
import io.rapport.shared.value.PhoneNumbers;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The contact module's public face: search and access checks for other modules, within visibility. */
@Component
@Transactional(readOnly = true)
public class ContactDirectory implements RecordAccess {

    private final ContactService service;
    private final PhoneNumbers phoneNumbers;
    private final JdbcClient jdbc;
    private final Visibility visibility;
    private final ContactBulkCreation bulkCreation;

    ContactDirectory(
            ContactService service,
            JdbcClient jdbc,
            PhoneNumbers phoneNumbers,
            Visibility visibility,
            ContactBulkCreation bulkCreation) {
        this.service = service;
        this.phoneNumbers = phoneNumbers;
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.bulkCreation = bulkCreation;
    }

    /**
     * Creates many contacts at once (demo data, records carried over from elsewhere), owned by the signed-in user
     * unless they say otherwise, the way an import creates them: each is checked like a form's input, and a
     * problem with any of them (its field prefixed by its index, {@code [3].email}) creates none. Written by SQL,
     * a thousand a statement, audited in one statement, indexed for search after commit. No duplicate check.
     * Returns their ids, in order.
     */
    @Transactional
    public List<UUID> createAll(List<NewContact> contacts) {
        return bulkCreation.createAll(contacts);
    }

    /** Whether there is no contact at all, in the trash or not (a new installation). */
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from contact)")
                .query(Boolean.class)
                .single();
    }

    /** A contact the signed-in user may see, in the trash or not. */
    public Optional<ContactSummary> find(UUID id) {
        return service.find(id).map(ContactSummary::of);
    }

    /** Summaries of the given contacts that the user may see, by id. */
    public Map<UUID, ContactSummary> summaries(Collection<UUID> ids) {
        return service.visible(ids).stream().collect(Collectors.toMap(Contact::getId, ContactSummary::of));
    }

    /**
     * What {@link #summaries} gives, read by plain SQL: for thousands of contacts at once (a bulk load of
     * activities), whose entities would otherwise stay in the transaction and be dirty-checked at every flush.
     */
    public Map<UUID, ContactSummary> summariesInBulk(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        AccessScope scope = visibility.scopeFor(ContactChanged.RECORD_TYPE);
        Map<UUID, ContactSummary> found = new HashMap<>();
        jdbc.sql("select id, first_name, last_name, emails[1], company_id, company_name, owner_id from contact"
                        + " where id = any(?)")
                .param(ids.toArray(new UUID[0]))
                .query((rs, row) -> {
                    if (scope.permits(rs.getObject(7, UUID.class))) {
                        UUID id = rs.getObject(1, UUID.class);
                        found.put(
                                id,
                                new ContactSummary(
                                        id,
                                        ContactSummary.name(rs.getString(2), rs.getString(3)),
                                        rs.getString(4),
                                        rs.getObject(5, UUID.class),
                                        rs.getString(6)));
                    }
                    return null;
                })
                .list();
        return found;
    }

    /**
     * The active contacts the signed-in user may see that have this email address or this phone number (read in
     * the default region when it has no country code).
     */
    public List<ContactSummary> findByEmailOrPhone(String email, String phone) {
        String e164 = phoneNumbers.toE164(phone, null).orElse(null);
        if ((email == null || email.isBlank()) && e164 == null) {
            return List.of();
        }
        return service.findByEmailOrPhone(email, e164).stream()
                .map(ContactSummary::of)
                .toList();
    }

    /**
     * A contact's fields for merge fields in emails ({@code firstName}, {@code lastName}, {@code name},
     * {@code email}, {@code jobTitle}, {@code companyName}), if the user may see it.
     */
    public Optional<Map<String, String>> mergeFields(UUID id) {
        return service.find(id).map(contact -> {
            Map<String, String> fields = new HashMap<>();
            fields.put("firstName", contact.getFirstName());
            fields.put("lastName", contact.getLastName());
            fields.put("name", contact.fullName());
            fields.put("email", contact.primaryEmail());
            fields.put("jobTitle", contact.getJobTitle());
            fields.put("companyName", contact.getCompanyName());
            return fields;
        });
    }

    /** The active contacts the signed-in user may see that have any of these email addresses (lower case). */
    public List<ContactSummary> findByEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        // Plain SQL, not entities: mail ingest asks this for every message, and entities loaded into a batch's
        // persistence context would be dirty-checked at every later query of the batch.
        AccessScope scope = visibility.scopeFor(ContactChanged.RECORD_TYPE);
        return jdbc
                .sql("select id, first_name, last_name, emails[1], company_id, company_name, owner_id from contact"
                        + " where deleted_at is null and emails && cast(:emails as varchar[]) order by id limit 100")
                .param("emails", emails.toArray(String[]::new))
                .query((rs, row) -> scope.permits(rs.getObject(7, UUID.class))
                        ? new ContactSummary(
                                rs.getObject(1, UUID.class),
                                ContactSummary.name(rs.getString(2), rs.getString(3)),
                                rs.getString(4),
                                rs.getObject(5, UUID.class),
                                rs.getString(6))
                        : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Creates a contact for an address no contact has (an unknown sender of an email), owned by the signed-in
     * user; {@code name} as the mail gave it, split into first and last name.
     */
    @Transactional
    public ContactSummary createFromEmail(String email, String name, String source) {
        return ContactSummary.of(service.createFromEmail(email, name, source));
    }

    public List<ContactSummary> search(String q, int limit) {
        ContactQuery filter = ListQuery.search(ContactQuery.class, q);
        return service.list(filter, new PageRequest(limit, null, "lastName", false)).items().stream()
                .map(ContactSummary::of)
                .toList();
    }

    @Override
    public String recordType() {
        return ContactChanged.RECORD_TYPE;
    }

    @Override
    public Optional<String> nameOf(UUID id) {
        return find(id).map(contact -> Objects.requireNonNullElse(contact.name(), ""));
    }

    @Override
    public boolean isVisible(UUID id) {
        return service.find(id).isPresent();
    }
}
