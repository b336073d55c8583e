package io.rapport.shared.value;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Web sites as bare domains, the form duplicates are matched on. */
public final class WebDomains {

    private WebDomains() {}

    /**
     * The bare host of a website or domain, lower case and without "www." ("https://www.Acme.com/about" and
     * "acme.com" give "acme.com"); empty when it has no host with a dot in it.
     */
    public static Optional<String> of(String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        String trimmed = website.strip().replace(" ", "");
        String withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed;
        try {
            String host = URI.create(withScheme).getHost();
            if (host == null || !host.contains(".") || host.endsWith(".")) {
                return Optional.empty();
            }
            host = IDN.toUnicode(host).toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
