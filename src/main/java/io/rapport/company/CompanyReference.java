package io.rapport.company;

import io.rapport.shared.value.WebDomains;
import java.util.Locale;

/**
 * A company as an imported row names it: by name, by website or domain, or both. Two references to the same
 * company compare equal, so a batch looks each company up once.
 */
public record CompanyReference(String name, String domain) {

    /** A reference from what a row holds, or null when it names no company. */
    public static CompanyReference of(String name, String website) {
        String cleanName = name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
        String domain = website == null ? null : WebDomains.of(website).orElse(null);
        if (cleanName == null && domain == null) {
            return null;
        }
        return new CompanyReference(cleanName, domain);
    }

    String nameKey() {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
