package io.rapport.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code rapport.*} setting. Each can be given as an environment variable ({@code RAPPORT_DATA_DIR},
 * {@code RAPPORT_DB_URL}, ...); the README lists them with their defaults.
 */
@ConfigurationProperties("rapport")
public record RapportProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue Admin admin,
        @DefaultValue("false") boolean demoData,
        @DefaultValue("US") String defaultRegion,
        @DefaultValue Attachments attachments,
        String secretKey,
        String publicUrl) {

    /** Files attached to activities, kept under the data directory. */
    public record Attachments(@DefaultValue("25MB") DataSize maxSize) {}

    /** An external PostgreSQL; with no {@code url} Rapport starts its own embedded server in the data directory. */
    public record Db(
            String url,
            String user,
            String password,
            @DefaultValue("0") int embeddedPort) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** The first administrator, created on first start when there are no users yet. */
    public record Admin(String email, String password) {}
}
