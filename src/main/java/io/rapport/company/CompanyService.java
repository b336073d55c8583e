package io.rapport.company;

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
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything done to companies, for the UI and the API alike; every read passes the visibility check. */
@Service
@Transactional
class CompanyService {

    private static final KeysetQuery<Company> LIST = new KeysetQuery<>(
            Company.class,
            Map.of(
                    "name", KeysetQuery.SortKey.text("name", Company::getName),
                    "createdAt", KeysetQuery.SortKey.instant("createdAt", Company::getCreatedAt),
                    "updatedAt", KeysetQuery.SortKey.instant("updatedAt", Company::getUpdatedAt)),
            Company::getId);

    private static final TextSearch.Fields SEARCH_FIELDS =
            new TextSearch.Fields(new String[] {"name"}, new String[] {"namePrefix", "domainPrefix", "tags"}, null);

    private final Companies companies;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Visibility visibility;
    private final UserDirectory userDirectory;
    private final ApplicationEventPublisher events;

    CompanyService(
            Companies companies,
            EntityManager entityManager,
            CurrentUser currentUser,
            Visibility visibility,
            UserDirectory userDirectory,
            ApplicationEventPublisher events) {
        this.companies = companies;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.visibility = visibility;
        this.userDirectory = userDirectory;
        this.events = events;
    }

    /** Filters a company list may have, all optional. */
    record Filter(
            String q,
            String industry,
            String country,
            String city,
            String size,
            String tag,
            UUID ownerId,
            UUID parentId,
            boolean deleted) {

        static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, false);
        }
    }

    @Transactional(readOnly = true)
    CursorPage<Company> list(Filter filter, PageRequest page) {
        AccessScope scope = visibility.scopeFor(CompanyChanged.RECORD_TYPE);
        if (filter.q() != null && !filter.q().isBlank()) {
            return TextSearch.search(
                    entityManager, Company.class, SEARCH_FIELDS, filter.q(), scope.ownerIds(), filter.deleted(), page);
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
                    KeysetQuery.addEqualsIgnoringCase(builder, root.get("industry"), filter.industry(), predicates);
                    KeysetQuery.addEqualsIgnoringCase(builder, root.get("country"), filter.country(), predicates);
                    KeysetQuery.addEqualsIgnoringCase(builder, root.get("city"), filter.city(), predicates);
                    KeysetQuery.addEquals(builder, root.get("size"), blankToNull(filter.size()), predicates);
                    KeysetQuery.addArrayContains(builder, root.get("tags"), filter.tag(), predicates);
                    KeysetQuery.addEquals(builder, root.get("ownerId"), filter.ownerId(), predicates);
                    KeysetQuery.addEquals(builder, root.get("parentId"), filter.parentId(), predicates);
                },
                page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A company the user may see, in the trash or not; otherwise 404. */
    @Transactional(readOnly = true)
    Company get(UUID id) {
        return companies
                .findById(id)
                .filter(company ->
                        visibility.scopeFor(CompanyChanged.RECORD_TYPE).permits(company.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException(CompanyChanged.RECORD_TYPE, id));
    }

    @Transactional(readOnly = true)
    List<Company> children(UUID id) {
        AccessScope scope = visibility.scopeFor(CompanyChanged.RECORD_TYPE);
        return companies.findByParentIdAndDeletedAtIsNullOrderByName(id).stream()
                .filter(child -> scope.permits(child.getOwnerId()))
                .toList();
    }

    Company create(CompanyInput input) {
        Company company = new Company(Ids.newId());
        CompanyInput cleaned = validate(clean(input, currentUser.get().id()), company.getId());
        company.apply(cleaned);
        companies.save(company);
        publish(company, Action.CREATED, Map.of());
        return company;
    }

    Company update(UUID id, CompanyInput input) {
        Company company = get(id);
        if (company.isDeleted()) {
            throw new InvalidInputException("id", "the company is in the trash; restore it first");
        }
        Map<String, Object> before = company.snapshot();
        company.apply(validate(clean(input, company.getOwnerId()), id));
        publish(company, Action.UPDATED, before);
        return company;
    }

    void delete(UUID id) {
        Company company = get(id);
        if (!company.isDeleted()) {
            company.moveToTrash();
            publish(company, Action.DELETED, company.snapshot());
        }
    }

    Company restore(UUID id) {
        Company company = get(id);
        if (company.isDeleted()) {
            company.restore();
            publish(company, Action.RESTORED, company.snapshot());
        }
        return company;
    }

    private void publish(Company company, Action action, Map<String, Object> before) {
        events.publishEvent(new CompanyChanged(
                company.getId(),
                action,
                currentUser.get().id(),
                Changes.between(before, company.snapshot()),
                company.getName()));
    }

    private static CompanyInput clean(CompanyInput input, UUID defaultOwner) {
        String website = Text.clean(input.website());
        String domain = Text.clean(input.domain());
        if (domain == null && website != null) {
            domain = domainOf(website);
        }
        return new CompanyInput(
                Text.clean(input.name()),
                website,
                domain == null ? null : domain.toLowerCase(Locale.ROOT),
                Text.clean(input.industry()),
                Text.clean(input.size()),
                input.annualRevenue(),
                Text.clean(input.phone()),
                Text.clean(input.street()),
                Text.clean(input.postalCode()),
                Text.clean(input.city()),
                Text.clean(input.region()),
                Text.clean(input.country()),
                input.parentId(),
                input.ownerId() == null ? defaultOwner : input.ownerId(),
                Text.cleanList(input.tags()));
    }

    /** The bare host of a website ("https://www.acme.com/about" gives "acme.com"), or null if it has none. */
    static String domainOf(String website) {
        String withScheme = website.contains("://") ? website : "https://" + website;
        try {
            String host = URI.create(withScheme.replace(" ", "")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The rules Bean Validation cannot see: references to other records and the size list. */
    private CompanyInput validate(CompanyInput input, UUID companyId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.name() == null) {
            problems.add(new FieldProblem("name", "must not be blank"));
        }
        if (input.size() != null && !CompanySize.isLabel(input.size())) {
            problems.add(new FieldProblem(
                    "size", "must be one of 1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000, 5001+"));
        }
        if (!userDirectory.isActiveUser(input.ownerId())) {
            problems.add(new FieldProblem("ownerId", "is not an active user"));
        }
        if (input.parentId() != null) {
            checkParent(input.parentId(), companyId, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    private void checkParent(UUID parentId, UUID companyId, List<FieldProblem> problems) {
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        while (current != null) {
            if (current.equals(companyId)) {
                problems.add(new FieldProblem("parentId", "would make the company its own ancestor"));
                return;
            }
            if (!seen.add(current)) {
                return;
            }
            Company ancestor = companies.findById(current).orElse(null);
            if (ancestor == null || (current.equals(parentId) && ancestor.isDeleted())) {
                problems.add(new FieldProblem("parentId", "is not a known company"));
                return;
            }
            current = ancestor.getParentId();
        }
    }
}
