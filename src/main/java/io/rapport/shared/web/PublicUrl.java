package io.rapport.shared.web;

import io.rapport.shared.InvalidSettingException;
import io.rapport.shared.RapportProperties;
import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people and their applications reach Rapport at ({@code RAPPORT_PUBLIC_URL}), for addresses that
 * leave the page they were made on (a calendar feed's). Never taken from the request: its {@code Host} header is
 * whatever the client wrote, so a forged one would hand out a feed address on someone else's server. Unset, it is
 * this server's own address (good for one machine, wrong behind a proxy), with a warning at start.
 */
@Component
public class PublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

    private final String configured;
    private final Environment environment;

    PublicUrl(RapportProperties properties, Environment environment) {
        this.configured =
                properties.publicUrl() == null || properties.publicUrl().isBlank()
                        ? null
                        : checked(properties.publicUrl().strip());
        this.environment = environment;
    }

    /** {@code path} (starting with {@code /}) under the public address. */
    public String of(String path) {
        return base() + path;
    }

    String base() {
        if (configured != null) {
            return configured;
        }
        String address = environment.getProperty("server.address", "127.0.0.1");
        if (address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address)) {
            address = "localhost";
        } else if (address.contains(":")) {
            address = "[" + address + "]";
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://" + address + ":" + port;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfUnset() {
        if (configured == null) {
            log.warn(
                    "RAPPORT_PUBLIC_URL is not set: addresses handed out (calendar feeds) use {}; set it to the"
                            + " address people reach Rapport at, e.g. https://crm.example.com",
                    base());
        }
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null
                    && uri.getUserInfo() == null) {
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new InvalidSettingException(
                "rapport.public-url",
                "'" + url + "' is not an http(s) address",
                "Set RAPPORT_PUBLIC_URL to the address people reach Rapport at, e.g. https://crm.example.com"
                        + " (a path is allowed, no query).");
    }
}
