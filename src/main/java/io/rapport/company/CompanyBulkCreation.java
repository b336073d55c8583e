package io.rapport.company;

import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.BulkRecordEvent;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.search.SearchIndexing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates many companies at once ({@link CompanyDirectory#createAll}): each checked like a form's input
 * ({@link CompanyService#check}), owners and parents checked once for all, then written by SQL in a few statements,
 * audited with one entry statement and indexed for search after commit.
 */
@Component
class CompanyBulkCreation {

    private final CompanyService service;
    private final CompanyBulkWriter writer;
    private final Companies companies;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final SearchIndexing searchIndexing;

    CompanyBulkCreation(
            CompanyService service,
            CompanyBulkWriter writer,
            Companies companies,
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

    List<UUID> createAll(List<NewCompany> newCompanies) {
        UUID actor = currentUser.get().id();
        List<FieldProblem> problems = new ArrayList<>();
        List<CompanyBulkWriter.Row> rows = new ArrayList<>();
        for (int i = 0; i < newCompanies.size(); i++) {
            NewCompany company = newCompanies.get(i);
            CompanyService.Normalised checked = service.check(company.input(), actor, null);
            String prefix = "[" + i + "].";
            checked.problems()
                    .forEach(problem -> problems.add(new FieldProblem(prefix + problem.field(), problem.message())));
            rows.add(new CompanyBulkWriter.Row(
                    company.id() == null ? Ids.newId() : company.id(),
                    checked,
                    company.createdAt(),
                    company.updatedAt()));
        }
        checkOwners(rows, problems);
        List<CompanyBulkWriter.Row> ordered = parentsFirst(rows, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writer.insert(ordered);
        List<UUID> ids = rows.stream().map(CompanyBulkWriter.Row::id).toList();
        searchIndexing.addOrUpdateAfterCommit(Company.class, ids);
        events.publishEvent(new BulkRecordEvent(CompanyChanged.RECORD_TYPE, ids, Action.CREATED, actor, List.of()));
        return ids;
    }

    private void checkOwners(List<CompanyBulkWriter.Row> rows, List<FieldProblem> problems) {
        Set<UUID> owners = new LinkedHashSet<>();
        rows.forEach(row -> owners.add(row.company().input().ownerId()));
        for (UUID owner : owners) {
            if (!users.isActiveUser(owner)) {
                problems.add(new FieldProblem("ownerId", owner + " is not an active user"));
            }
        }
    }

    /**
     * The rows with every parent named in the call before its children (the insert checks each reference at the
     * end of its statement, and the rows go in several); parents outside the call must exist and not be in the
     * trash, and no company may end up its own ancestor.
     */
    private List<CompanyBulkWriter.Row> parentsFirst(List<CompanyBulkWriter.Row> rows, List<FieldProblem> problems) {
        Map<UUID, CompanyBulkWriter.Row> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        Set<UUID> outside = new HashSet<>();
        rows.stream()
                .map(row -> row.company().input().parentId())
                .filter(parent -> parent != null && !byId.containsKey(parent))
                .forEach(outside::add);
        Set<UUID> known = new HashSet<>();
        companies.findAllById(outside).stream()
                .filter(company -> !company.isDeleted())
                .forEach(company -> known.add(company.getId()));
        outside.stream()
                .filter(parent -> !known.contains(parent))
                .forEach(parent -> problems.add(new FieldProblem("parentId", parent + " is not a known company")));
        List<CompanyBulkWriter.Row> ordered = new ArrayList<>(rows.size());
        Set<UUID> placed = new HashSet<>();
        for (CompanyBulkWriter.Row row : rows) {
            place(row, byId, placed, new HashSet<>(), ordered, problems);
        }
        return ordered;
    }

    private static void place(
            CompanyBulkWriter.Row row,
            Map<UUID, CompanyBulkWriter.Row> byId,
            Set<UUID> placed,
            Set<UUID> path,
            List<CompanyBulkWriter.Row> ordered,
            List<FieldProblem> problems) {
        if (placed.contains(row.id())) {
            return;
        }
        if (!path.add(row.id())) {
            problems.add(new FieldProblem("parentId", "would make " + row.id() + " its own ancestor"));
            placed.add(row.id());
            return;
        }
        CompanyBulkWriter.Row parent = byId.get(row.company().input().parentId());
        if (parent != null) {
            place(parent, byId, placed, path, ordered, problems);
        }
        if (placed.add(row.id())) {
            ordered.add(row);
        }
    }
}
