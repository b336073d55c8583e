package io.rapport.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An activity to log, from the API or a quick-add form. It concerns the contacts and companies named by id, and
 * the contacts found by {@code email} or {@code phone} (for phone systems, social media tools and web forms that
 * know the customer's address, not their id). Fields a channel does not have are refused.
 */
public record ActivityInput(
        @NotBlank String channel,
        String direction,
        Instant occurredAt,
        @Size(max = 500) String subject,
        @Size(max = 100_000) String body,
        @Min(0) @Max(86_400) Integer durationSeconds,
        @Size(max = 100) String outcome,
        Instant endsAt,
        @Size(max = 100) List<@Size(max = 320) String> attendees,
        @Size(max = 500) String location,
        @Size(max = 2_000) String onlineUrl,
        @Size(max = 100) String network,
        @Size(max = 200) String handle,
        @Size(max = 2_000) String url,
        @Size(max = 100) List<@NotNull UUID> contactIds,
        @Size(max = 100) List<@NotNull UUID> companyIds,
        @Size(max = 320) String email,
        @Size(max = 50) String phone) {

    List<UUID> contactIdsOrNone() {
        return contactIds == null ? List.of() : contactIds;
    }

    List<UUID> companyIdsOrNone() {
        return companyIds == null ? List.of() : companyIds;
    }
}
