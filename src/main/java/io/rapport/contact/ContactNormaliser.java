package io.rapport.contact;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.Text;
import io.rapport.shared.value.Countries;
import io.rapport.shared.value.EmailAddresses;
import io.rapport.shared.value.PersonNames;
import io.rapport.shared.value.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts a contact's input into its one stored form, whichever way it came in (form, API, import): spaces trimmed
 * and collapsed, emails in lower case, names capitalised when typed all upper or all lower case, the country as
 * its ISO 3166 code, phones read into E.164 (kept as typed for display). Values that cannot be read are problems.
 */
@Component
class ContactNormaliser {

    private final PhoneNumbers phoneNumbers;

    ContactNormaliser(PhoneNumbers phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    /** The normalised input, its phones in E.164 (same order) and what could not be read. */
    record Normalised(ContactInput input, List<String> phonesE164, List<FieldProblem> problems) {}

    Normalised normalise(ContactInput input, UUID defaultOwner) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> emails =
                withPrimary(Text.cleanList(lowerCase(input.emails())), lowerCase(Text.clean(input.email())));
        checkEmails(emails, problems);
        List<String> phones = withPrimary(
                Text.cleanList(input.phones()).stream()
                        .map(PhoneNumbers::asTyped)
                        .toList(),
                PhoneNumbers.asTyped(Text.clean(input.phone())));
        String country = Countries.normalise(Text.clean(input.country()), "country", problems);
        List<String> phonesE164 = phonesE164(phones, country, problems);
        ContactInput normalised = new ContactInput(
                PersonNames.capitalise(Text.clean(input.firstName())),
                PersonNames.capitalise(Text.clean(input.lastName())),
                emails.isEmpty() ? null : emails.get(0),
                emails,
                phones.isEmpty() ? null : phones.get(0),
                phones,
                Text.clean(input.jobTitle()),
                input.companyId(),
                Text.clean(input.street()),
                Text.clean(input.postalCode()),
                Text.clean(input.city()),
                Text.clean(input.region()),
                country,
                input.birthDate(),
                Text.clean(input.gender()),
                Text.clean(input.profession()),
                Text.clean(input.source()),
                input.lifecycleStage() == null ? LifecycleStage.LEAD : input.lifecycleStage(),
                input.ownerId() == null ? defaultOwner : input.ownerId(),
                Text.cleanList(input.tags()),
                input.customFields());
        return new Normalised(normalised, phonesE164, problems);
    }

    private static void checkEmails(List<String> emails, List<FieldProblem> problems) {
        for (int i = 0; i < emails.size(); i++) {
            if (!EmailAddresses.isValid(emails.get(i))) {
                problems.add(new FieldProblem(i == 0 ? "email" : "emails", "must be a valid email address"));
            }
        }
    }

    private List<String> phonesE164(List<String> phones, String country, List<FieldProblem> problems) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            phoneNumbers
                    .normalise(phones.get(i), country, i == 0 ? "phone" : "phones", problems)
                    .ifPresent(numbers::add);
        }
        return numbers;
    }

    private static List<String> lowerCase(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(ContactNormaliser::lowerCase).toList();
    }

    private static String lowerCase(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /**
     * Puts the primary value first: moved there if the list holds it already, otherwise in place of the old
     * primary, so changing {@code email} replaces the main address rather than piling up addresses.
     */
    static List<String> withPrimary(List<String> values, String primary) {
        List<String> result = new ArrayList<>(values);
        if (primary == null) {
            return result;
        }
        int existing = indexOfIgnoringCase(result, primary);
        if (existing >= 0) {
            result.remove(existing);
        } else if (!result.isEmpty()) {
            result.remove(0);
        }
        result.add(0, primary);
        return result;
    }

    private static int indexOfIgnoringCase(List<String> values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equalsIgnoreCase(value)) {
                return i;
            }
        }
        return -1;
    }
}
