package io.rapport.contact;

import io.rapport.customfield.ListColumnChoice;
import io.rapport.shared.web.ListRow;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.support.MessageSourceAccessor;

/** The cells of the contacts list: what each column shows of a contact. */
final class ContactRows implements ListColumnChoice.RowCells<Contact> {

    private final String contextPath;
    private final Map<UUID, String> ownerNames;
    private final MessageSourceAccessor messages;

    ContactRows(String contextPath, Map<UUID, String> ownerNames, MessageSourceAccessor messages) {
        this.contextPath = contextPath;
        this.ownerNames = ownerNames;
        this.messages = messages;
    }

    @Override
    public ListRow.Builder named(Contact contact) {
        String name = contact.fullName();
        return ListRow.named(
                contextPath + "/contacts/" + contact.getId(),
                name == null || name.isBlank() ? messages.getMessage("contact.unnamed") : name);
    }

    @Override
    public void fixed(Contact contact, String column, ListRow.Builder row) {
        switch (column) {
            case "email" -> row.text(contact.primaryEmail());
            case "phone" -> row.text(contact.primaryPhone());
            case "company" ->
                row.link(
                        contact.getCompanyId() == null ? null : contextPath + "/companies/" + contact.getCompanyId(),
                        contact.getCompanyName());
            case "jobTitle" -> row.text(contact.getJobTitle());
            case "lifecycleStage" ->
                row.badge(messages.getMessage(
                        "stage." + contact.getLifecycleStage().code()));
            case "city" -> row.text(contact.getAddress().city());
            case "country" -> row.text(contact.getAddress().country());
            case "owner" -> row.text(ownerNames.get(contact.getOwnerId()));
            case "tags" -> row.tags(contact.getTags());
            case "updatedAt" -> row.time(contact.getUpdatedAt());
            case "lastContacted" -> row.time(contact.getLastContactedAt());
            case "nextActivity" -> row.time(contact.getNextActivityAt());
            default -> throw new IllegalArgumentException("not a contact list column: " + column);
        }
    }

    @Override
    public Map<String, Object> customValues(Contact contact) {
        return contact.getCustomFields();
    }
}
