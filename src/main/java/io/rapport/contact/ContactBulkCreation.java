package io.rapport.contact;

import io.rapport.company.CompanyDirectory;
import io.rapport.company.CompanySummary;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.BulkRecordEvent;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.search.SearchIndexing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates many contacts at once ({@link ContactDirectory#createAll}) along the import's path: each checked like a
 * form's input ({@link ContactService#check}), companies and owners checked once for all, written by
 * {@link ContactBulkWriter} (one statement per thousand), audited with one entry statement and indexed for search
 * after commit.
 */
@Component
class ContactBulkCreation {

    private static final int PER_STATEMENT = 1_000;

    private final ContactService service;
    private final ContactBulkWriter writer;
    private final CompanyDirectory companies;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final SearchIndexing searchIndexing;

    ContactBulkCreation(
            ContactService service,
            ContactBulkWriter writer,
            CompanyDirectory companies,
            UserDirectory users,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            SearchIndexing searchIndexing) {
        this.service = service;
        this.writer = writer;
        this.companies = companies;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.searchIndexing = searchIndexing;
    }

    List<UUID> createAll(List<NewContact> newContacts) {
        UUID actor = currentUser.get().id();
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, CompanySummary> companyOf = companies(newContacts, problems);
        List<ContactBulkWriter.NewContact> rows = new ArrayList<>();
        Map<UUID, Instant[]> times = new HashMap<>();
        Set<UUID> owners = new LinkedHashSet<>();
        for (int i = 0; i < newContacts.size(); i++) {
            NewContact contact = newContacts.get(i);
            String prefix = "[" + i + "].";
            ContactInput input = contact.input();
            if (input == null) {
                problems.add(new FieldProblem(prefix + "lifecycleStage", "is not a lifecycle stage"));
                continue;
            }
            ContactNormaliser.Normalised checked = service.check(input, actor, null);
            checked.problems()
                    .forEach(problem -> problems.add(new FieldProblem(prefix + problem.field(), problem.message())));
            UUID id = contact.id() == null ? Ids.newId() : contact.id();
            CompanySummary company = input.companyId() == null ? null : companyOf.get(input.companyId());
            rows.add(new ContactBulkWriter.NewContact(id, checked, company == null ? null : company.name(), null));
            owners.add(checked.input().ownerId());
            if (contact.createdAt() != null || contact.updatedAt() != null) {
                Instant created = Objects.requireNonNullElseGet(contact.createdAt(), Instant::now);
                times.put(id, new Instant[] {created, Objects.requireNonNullElse(contact.updatedAt(), created)});
            }
        }
        for (UUID owner : owners) {
            if (!users.isActiveUser(owner)) {
                problems.add(new FieldProblem("ownerId", owner + " is not an active user"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (int from = 0; from < rows.size(); from += PER_STATEMENT) {
            writer.insert(rows.subList(from, Math.min(rows.size(), from + PER_STATEMENT)), null);
        }
        writer.dated(times);
        List<UUID> ids = rows.stream().map(ContactBulkWriter.NewContact::id).toList();
        searchIndexing.addOrUpdateAfterCommit(Contact.class, ids);
        events.publishEvent(new BulkRecordEvent(ContactChanged.RECORD_TYPE, ids, Action.CREATED, actor, List.of()));
        return ids;
    }

    /** The companies the contacts work at, all at once; one the user may not see, or in the trash, is a problem. */
    private Map<UUID, CompanySummary> companies(List<NewContact> newContacts, List<FieldProblem> problems) {
        Set<UUID> ids = new LinkedHashSet<>();
        newContacts.stream().map(NewContact::companyId).filter(Objects::nonNull).forEach(ids::add);
        Map<UUID, CompanySummary> found = new HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PER_STATEMENT) {
            found.putAll(companies.summariesInBulk(all.subList(from, Math.min(all.size(), from + PER_STATEMENT))));
        }
        for (UUID id : ids) {
            CompanySummary company = found.get(id);
            if (company == null || company.deleted()) {
                problems.add(new FieldProblem("companyId", id + " is not a known company"));
            }
        }
        return found;
    }
}
