package io.rapport.contact;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges contacts into a survivor and takes merges back. The survivor keeps its values, or the one picked per
 * field, or fills a blank from the first merged contact that has it; emails, phones and tags of all are kept.
 * The merged contacts go to the trash pointing at the survivor; {@link ContactsMerged} tells other modules to
 * move their records.
 */
@Service
@Transactional
class ContactMerger {

    /** The fields one value survives of; the lists (emails, phones, tags) are united instead. */
    static final List<String> FIELDS = List.of(
            "firstName",
            "lastName",
            "jobTitle",
            "companyId",
            "street",
            "postalCode",
            "city",
            "region",
            "country",
            "birthDate",
            "gender",
            "profession",
            "source",
            "lifecycleStage",
            "ownerId");

    private static final int MOST_MERGED = 10;

    private final ContactService service;
    private final ContactMerges merges;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ContactMerger(
            ContactService service,
            ContactMerges merges,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.service = service;
        this.merges = merges;
        this.currentUser = currentUser;
        this.events = events;
        this.json = json;
    }

    /** Merges {@code mergedIds} into {@code survivorId}; {@code picks} names, per field, whose value survives. */
    ContactMerge merge(UUID survivorId, List<UUID> mergedIds, Map<String, UUID> picks) {
        checkRequest(survivorId, mergedIds, picks);
        Contact survivor = activeContact(survivorId, "survivorId");
        List<Contact> merged =
                mergedIds.stream().map(id -> activeContact(id, "mergedIds")).toList();
        ContactMerge merge = new ContactMerge(
                Ids.newId(),
                survivorId,
                mergedIds,
                survivor.toInput(),
                currentUser.get().id());
        service.absorb(survivor, combined(survivor, merged, picks), merge.getId());
        merged.forEach(contact -> service.mergedInto(contact, survivorId));
        merges.save(merge);
        events.publishEvent(new ContactsMerged(
                merge.getId(), survivorId, mergedIds, currentUser.get().id(), false));
        return merge;
    }

    /** Takes a merge back; the survivor's later edits give way to its fields from before the merge. */
    Contact undo(UUID mergeId) {
        ContactMerge merge = merges.findById(mergeId)
                .filter(found -> service.find(found.getSurvivorId()).isPresent())
                .orElseThrow(() -> new RecordNotFoundException("merge", mergeId));
        if (merge.isUndone()) {
            throw new InvalidInputException("mergeId", "this merge has been undone already");
        }
        Contact survivor = service.get(merge.getSurvivorId());
        List<Contact> merged = merge.getMergedIds().stream().map(service::get).toList();
        service.unmerge(survivor, merge.getSurvivorBefore(), merged);
        merge.undone(currentUser.get().id());
        events.publishEvent(new ContactsMerged(
                merge.getId(),
                survivor.getId(),
                merge.getMergedIds(),
                currentUser.get().id(),
                true));
        return survivor;
    }

    /** One field of the contacts about to be merged: each one's value as shown, and which is proposed to survive. */
    record FieldChoice(String field, List<String> values, int proposed) {}

    /** The fields of the contacts to merge, the first contact being the proposed survivor. */
    @Transactional(readOnly = true)
    List<FieldChoice> choices(List<Contact> contacts, Map<UUID, String> ownerNames) {
        List<ObjectNode> inputs = contacts.stream()
                .map(contact -> (ObjectNode) json.valueToTree(contact.toInput()))
                .toList();
        List<FieldChoice> choices = new ArrayList<>();
        for (String field : FIELDS) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < contacts.size(); i++) {
                JsonNode value = inputs.get(i).get(field);
                values.add(
                        isBlank(value)
                                ? ""
                                : switch (field) {
                                    case "companyId" -> contacts.get(i).getCompanyName();
                                    case "ownerId" ->
                                        ownerNames.getOrDefault(contacts.get(i).getOwnerId(), "");
                                    default -> value.asString();
                                });
            }
            int proposed = 0;
            while (proposed < values.size() - 1 && values.get(proposed).isEmpty()) {
                proposed++;
            }
            choices.add(new FieldChoice(field, values, values.get(proposed).isEmpty() ? 0 : proposed));
        }
        return choices;
    }

    /** The merges into a contact that can still be undone, newest first. */
    @Transactional(readOnly = true)
    List<ContactMerge> openMergesInto(UUID survivorId) {
        return merges.findBySurvivorIdAndUndoneAtIsNullOrderByMergedAtDesc(survivorId);
    }

    private static void checkRequest(UUID survivorId, List<UUID> mergedIds, Map<String, UUID> picks) {
        List<FieldProblem> problems = new ArrayList<>();
        if (survivorId == null) {
            problems.add(new FieldProblem("survivorId", "must not be null"));
        }
        if (mergedIds == null || mergedIds.isEmpty() || mergedIds.size() > MOST_MERGED) {
            problems.add(new FieldProblem("mergedIds", "must list 1 to " + MOST_MERGED + " contacts"));
        } else if (mergedIds.contains(survivorId) || Set.copyOf(mergedIds).size() != mergedIds.size()) {
            problems.add(new FieldProblem("mergedIds", "must be other contacts than the survivor, each once"));
        }
        picks.forEach((field, source) -> {
            if (!FIELDS.contains(field)) {
                problems.add(new FieldProblem("fields." + field, "is not a field one value of survives"));
            } else if (!source.equals(survivorId) && (mergedIds == null || !mergedIds.contains(source))) {
                problems.add(new FieldProblem("fields." + field, "must name the survivor or a merged contact"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Contact activeContact(UUID id, String field) {
        Contact contact = service.get(id);
        if (contact.isDeleted()) {
            throw new InvalidInputException(field, "contact " + id + " is in the trash");
        }
        return contact;
    }

    private ContactInput combined(Contact survivor, List<Contact> merged, Map<String, UUID> picks) {
        ObjectNode result = json.valueToTree(survivor.toInput());
        List<ObjectNode> others = merged.stream()
                .map(contact -> (ObjectNode) json.valueToTree(contact.toInput()))
                .toList();
        for (String field : FIELDS) {
            UUID source = picks.get(field);
            if (source != null && !source.equals(survivor.getId())) {
                result.set(field, others.get(indexOf(merged, source)).get(field));
            } else if (source == null && isBlank(result.get(field))) {
                others.stream()
                        .map(other -> other.get(field))
                        .filter(value -> !isBlank(value))
                        .findFirst()
                        .ifPresent(value -> result.set(field, value));
            }
        }
        for (String list : List.of("emails", "phones", "tags")) {
            result.set(list, united(result, others, list));
        }
        result.putNull("email");
        result.putNull("phone");
        return json.treeToValue(result, ContactInput.class);
    }

    private static int indexOf(List<Contact> contacts, UUID id) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).getId().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a merged contact: " + id);
    }

    private static boolean isBlank(JsonNode value) {
        return value == null || value.isNull() || value.asString("").isBlank();
    }

    private static ArrayNode united(ObjectNode survivor, List<ObjectNode> others, String list) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        List<ObjectNode> all = new ArrayList<>();
        all.add(survivor);
        all.addAll(others);
        for (ObjectNode input : all) {
            for (JsonNode value : input.get(list)) {
                if (seen.add(value.asString().toLowerCase(java.util.Locale.ROOT))) {
                    values.add(value.asString());
                }
            }
        }
        return values;
    }
}
