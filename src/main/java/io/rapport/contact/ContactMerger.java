package io.rapport.contact;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.CurrentUser;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordMerge;
import io.rapport.shared.RecordNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
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

    private static final RecordMerge FIELD_MERGE =
            new RecordMerge(FIELDS, List.of("emails", "phones", "tags"), "contacts");

    private final ContactService service;
    private final ContactMerges merges;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final CustomFieldDirectory customFields;

    ContactMerger(
            ContactService service,
            ContactMerges merges,
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
    ContactMerge merge(UUID survivorId, List<UUID> mergedIds, Map<String, UUID> picks) {
        fieldMerge().check(survivorId, mergedIds, picks);
        Contact survivor = activeContact(survivorId, "survivorId");
        List<Contact> merged =
                mergedIds.stream().map(id -> activeContact(id, "mergedIds")).toList();
        ContactMerge merge = new ContactMerge(
                Ids.newId(),
                survivorId,
                mergedIds,
                survivor.toInput(),
                currentUser.get().id());
        service.absorb(survivor, combined(survivor, merged, picks), merge);
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
        Contact survivor = service.get(merge.getSurvivorId());
        List<Contact> merged = merge.getMergedIds().stream().map(service::get).toList();
        merge.undone(currentUser.get().id());
        service.unmerge(survivor, merge.getSurvivorBefore(), merged);
        events.publishEvent(new ContactsMerged(
                merge.getId(),
                survivor.getId(),
                merge.getMergedIds(),
                currentUser.get().id(),
                true));
        return survivor;
    }

    /** The fields of the contacts to merge, the first contact being the proposed survivor. */
    @Transactional(readOnly = true)
    List<RecordMerge.FieldChoice> choices(List<Contact> contacts, Map<UUID, String> ownerNames) {
        List<ObjectNode> inputs = contacts.stream()
                .map(contact -> (ObjectNode) json.valueToTree(contact.toInput()))
                .toList();
        return fieldMerge().choices(inputs, (field, i) -> switch (field) {
            case "companyId" -> contacts.get(i).getCompanyName();
            case "ownerId" -> ownerNames.getOrDefault(contacts.get(i).getOwnerId(), "");
            default -> null;
        });
    }

    /** The merge rules with the record type's active custom fields, one value of each surviving. */
    private RecordMerge fieldMerge() {
        return FIELD_MERGE.withCustomFields(customFields.labels(ContactChanged.RECORD_TYPE));
    }

    private Contact activeContact(UUID id, String field) {
        Contact contact = service.get(id);
        if (contact.isDeleted()) {
            throw new InvalidInputException(field, "contact " + id + " is in the trash");
        }
        return contact;
    }

    private ContactInput combined(Contact survivor, List<Contact> merged, Map<String, UUID> picks) {
        ObjectNode result = fieldMerge()
                .combine(
                        json.valueToTree(survivor.toInput()),
                        survivor.getId(),
                        merged.stream()
                                .map(contact -> (ObjectNode) json.valueToTree(contact.toInput()))
                                .toList(),
                        merged.stream().map(Contact::getId).toList(),
                        picks);
        result.putNull("email");
        result.putNull("phone");
        return json.treeToValue(result, ContactInput.class);
    }
}
