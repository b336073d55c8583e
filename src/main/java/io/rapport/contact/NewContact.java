package io.rapport.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contact to create together with many others ({@link ContactDirectory#createAll}): demo data, or records carried
 * over from another system. Its fields are checked and normalised like a form's.
 *
 * @param id the new contact's id (from {@link io.rapport.shared.Ids#newId()}); null: a new one
 * @param emails the first is the primary address
 * @param phones the first is the primary number, read in the contact's country
 * @param companyId a company the signed-in user may see, not in the trash
 * @param lifecycleStage {@code subscriber}, {@code lead}, {@code opportunity}, {@code customer},
 *     {@code evangelist} or {@code other}; null: lead
 * @param ownerId an active user; null: the signed-in user
 * @param createdAt when the contact came into being (null: now); carried over records keep their own
 * @param updatedAt when it last changed (null: {@code createdAt})
 */
public record NewContact(
        UUID id,
        String firstName,
        String lastName,
        List<String> emails,
        List<String> phones,
        String jobTitle,
        UUID companyId,
        String street,
        String postalCode,
        String city,
        String region,
        String country,
        LocalDate birthDate,
        String gender,
        String profession,
        String source,
        String lifecycleStage,
        UUID ownerId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    /** The form's input these fields make, or null when the lifecycle stage is not one of the stages. */
    ContactInput input() {
        List<String> emailList = emails == null ? List.of() : emails;
        List<String> phoneList = phones == null ? List.of() : phones;
        LifecycleStage stage;
        try {
            stage = lifecycleStage == null ? null : LifecycleStage.fromCode(lifecycleStage);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new ContactInput(
                firstName,
                lastName,
                emailList.isEmpty() ? null : emailList.get(0),
                emailList,
                phoneList.isEmpty() ? null : phoneList.get(0),
                phoneList,
                jobTitle,
                companyId,
                street,
                postalCode,
                city,
                region,
                country,
                birthDate,
                gender,
                profession,
                source,
                stage,
                ownerId,
                tags == null ? List.of() : tags,
                Map.of());
    }
}
