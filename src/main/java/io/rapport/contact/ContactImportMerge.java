package io.rapport.contact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an imported row updates a contact: what the row fills wins, blank cells change nothing (an export that
 * leaves a column empty must not wipe it), and emails, phones and tags are added to the ones the contact has.
 */
final class ContactImportMerge {

    private ContactImportMerge() {}

    static ContactInput merge(ContactInput existing, ContactInput row) {
        List<String> emails = union(existing.emails(), row.emails());
        List<String> phones = union(existing.phones(), row.phones());
        Map<String, Object> custom =
                new LinkedHashMap<>(existing.customFields() == null ? Map.of() : existing.customFields());
        if (row.customFields() != null) {
            custom.putAll(row.customFields());
        }
        return new ContactInput(
                or(row.firstName(), existing.firstName()),
                or(row.lastName(), existing.lastName()),
                emails.isEmpty() ? null : emails.get(0),
                emails,
                phones.isEmpty() ? null : phones.get(0),
                phones,
                or(row.jobTitle(), existing.jobTitle()),
                or(row.companyId(), existing.companyId()),
                or(row.street(), existing.street()),
                or(row.postalCode(), existing.postalCode()),
                or(row.city(), existing.city()),
                or(row.region(), existing.region()),
                or(row.country(), existing.country()),
                or(row.birthDate(), existing.birthDate()),
                or(row.gender(), existing.gender()),
                or(row.profession(), existing.profession()),
                or(row.source(), existing.source()),
                or(row.lifecycleStage(), existing.lifecycleStage()),
                existing.ownerId(),
                union(existing.tags(), row.tags()),
                custom);
    }

    static List<String> union(List<String> first, List<String> second) {
        List<String> values = new ArrayList<>(first == null ? List.of() : first);
        if (second != null) {
            for (String value : second) {
                if (values.stream().noneMatch(value::equalsIgnoreCase)) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred == null ? fallback : preferred;
    }
}
