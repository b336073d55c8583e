package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.CurrentUser;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordMerge;
import io.rapport.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges companies into a survivor and takes merges back, as {@code ContactMerger} does for contacts: one value
 * survives per field, tags are united, the merged companies go to the trash pointing at the survivor. Their child
 * companies move under the survivor here; {@link CompaniesMerged} tells other modules (contacts...) to move their
 * records, in the same transaction.
 */
@Service
@Transactional
class CompanyMerger {

    /** The fields one value survives of; tags are united instead. */
    static final List<String> FIELDS = List.of(
            "name",
            "website",
            "industry",
            "size",
            "annualRevenue",
            "phone",
            "street",
            "postalCode",
            "city",
            "region",
            "country",
            "parentId",
            "ownerId");

    private static final RecordMerge FIELD_MERGE = new RecordMerge(FIELDS, List.of("tags"), "companies");

    private final CompanyService service;
    private final CompanyMerges merges;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final CustomFieldDirectory customFields;

    CompanyMerger(
            CompanyService service,
            CompanyMerges merges,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            JsonMapper json,
            CustomFieldDirectory customFields) {
        this.service = service;
        this.customFields = customFields;
        this.merges = merges;
        this.currentUser = currentUser;
        this.events = events;
        this.json = json;
    }

    /** Merges {@code mergedIds} into {@code survivorId}; {@code picks} names, per field, whose value survives. */
    CompanyMerge merge(UUID survivorId, List<UUID> mergedIds, Map<String, UUID> picks) {
        fieldMerge().check(survivorId, mergedIds, picks);
        Company survivor = activeCompany(survivorId, "survivorId");
        List<Company> merged =
                mergedIds.stream().map(id -> activeCompany(id, "mergedIds")).toList();
        Set<UUID> involved = new HashSet<>(mergedIds);
        involved.add(survivorId);
        // Children move under the survivor, but not one of its own ancestors: that would make a loop.
        Set<UUID> staying = new HashSet<>(involved);
        staying.addAll(service.ancestors(survivor));
        Map<UUID, UUID> movedChildren = new LinkedHashMap<>();
        List<Company> moving = new ArrayList<>();
        for (UUID mergedId : mergedIds) {
            service.children(mergedId).stream()
                    .filter(child -> !staying.contains(child.getId()))
                    .forEach(child -> {
                        movedChildren.put(child.getId(), mergedId);
                        moving.add(child);
                    });
        }
        CompanyMerge merge = new CompanyMerge(
                Ids.newId(),
                survivorId,
                mergedIds,
                survivor.toInput(),
                movedChildren,
                currentUser.get().id());
        Map<UUID, String> names = names(survivor, merged);
        merged.forEach(company -> service.mergedInto(company, survivorId));
        moving.forEach(child -> service.moveUnder(child, survivorId));
        service.absorb(survivor, combined(survivor, merged, picks, involved), merge);
        merges.save(merge);
        events.publishEvent(new CompaniesMerged(
                merge.getId(), survivorId, mergedIds, names, currentUser.get().id(), false));
        return merge;
    }

    /** Takes a merge back; the survivor's later edits give way to its fields from before the merge. */
    Company undo(UUID mergeId) {
        CompanyMerge merge = merges.findById(mergeId)
                .filter(found -> service.find(found.getSurvivorId()).isPresent())
                .orElseThrow(() -> new RecordNotFoundException("merge", mergeId));
        merge.undone(currentUser.get().id());
        Company survivor = service.get(merge.getSurvivorId());
        List<Company> merged = merge.getMergedIds().stream().map(service::get).toList();
        service.unmerge(survivor, merge.getSurvivorBefore(), merged);
        merge.getMovedChildren()
                .forEach((child, parent) -> service.find(child)
                        .filter(company -> merge.getSurvivorId().equals(company.getParentId()))
                        .ifPresent(company -> service.moveUnder(company, parent)));
        events.publishEvent(new CompaniesMerged(
                merge.getId(),
                survivor.getId(),
                merge.getMergedIds(),
                names(survivor, merged),
                currentUser.get().id(),
                true));
        return survivor;
    }

    /** The fields of the companies to merge, the first being the proposed survivor. */
    @Transactional(readOnly = true)
    List<RecordMerge.FieldChoice> choices(
            List<Company> companies, Map<UUID, String> ownerNames, Map<UUID, String> parentNames) {
        List<ObjectNode> inputs = companies.stream()
                .map(company -> (ObjectNode) json.valueToTree(company.toInput()))
                .toList();
        return fieldMerge().choices(inputs, (field, i) -> switch (field) {
            case "ownerId" -> ownerNames.getOrDefault(companies.get(i).getOwnerId(), "");
            case "parentId" -> parentNames.getOrDefault(companies.get(i).getParentId(), "");
            case "annualRevenue" -> companies.get(i).getAnnualRevenue().toPlainString();
            default -> null;
        });
    }

    /** The merge rules with the record type's active custom fields, one value of each surviving. */
    private RecordMerge fieldMerge() {
        return FIELD_MERGE.withCustomFields(customFields.labels(CompanyChanged.RECORD_TYPE));
    }

    /** The names of the companies of a merge, by id, for the modules that move records between them. */
    private static Map<UUID, String> names(Company survivor, List<Company> merged) {
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(survivor.getId(), survivor.getName());
        merged.forEach(company -> names.put(company.getId(), company.getName()));
        return names;
    }

    private Company activeCompany(UUID id, String field) {
        Company company = service.get(id);
        if (company.isDeleted()) {
            throw new InvalidInputException(field, "company " + id + " is in the trash");
        }
        return company;
    }

    /**
     * The survivor's fields after the merge. The domain follows the surviving website; a parent among the merged
     * companies (or the survivor itself) would be a company in the trash or a loop, so there is none then.
     */
    private CompanyInput combined(Company survivor, List<Company> merged, Map<String, UUID> picks, Set<UUID> involved) {
        ObjectNode result = fieldMerge()
                .combine(
                        json.valueToTree(survivor.toInput()),
                        survivor.getId(),
                        merged.stream()
                                .map(company -> (ObjectNode) json.valueToTree(company.toInput()))
                                .toList(),
                        merged.stream().map(Company::getId).toList(),
                        picks);
        result.putNull("domain");
        String parent = result.path("parentId").asString(null);
        if (parent != null && involved.contains(UUID.fromString(parent))) {
            result.putNull("parentId");
        }
        return json.treeToValue(result, CompanyInput.class);
    }
}
