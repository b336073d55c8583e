package io.rapport.shared.value;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses as every way in takes them: http or https only, with a host that has a dot in it. A bare
 * domain ("acme.com") gets "https://". Anything else (a {@code javascript:} or {@code data:} address, a file path)
 * is refused, since it would end up in a link's {@code href}.
 */
public final class WebAddresses {

    /** Longer addresses are refused rather than cut: a cut address leads somewhere else. */
    private static final int LONGEST = 2_000;

    public static final String PROBLEM = "must be a web address such as https://example.com";

    private WebAddresses() {}

    /** The address with its scheme, or empty when it is not an http(s) address. */
    public static Optional<String> normalise(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.strip();
        String withScheme = hasScheme(text) ? text : "https://" + text;
        if (withScheme.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && host != null && host.contains(".") && !host.endsWith(".")
                    ? Optional.of(withScheme)
                    : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the text starts with a scheme ("javascript:", "https:"), so it is judged as the address it is rather
     * than read as a host; "acme.com:8080" has a port, not a scheme.
     */
    private static boolean hasScheme(String text) {
        return text.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:(?!\\d+(/.*)?$).*");
    }
}
