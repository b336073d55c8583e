package io.rapport.importexport;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * How large an import's file may be: what an administrator sets (table {@code import_setting}), never more than
 * the operator's ceiling ({@code RAPPORT_IMPORT_MAX_UPLOAD_SIZE}), which the server itself enforces while reading
 * any upload. Read once and kept; a change on another node is seen there after its restart.
 */
@Component
class UploadLimits {

    private static final long SMALLEST = DataSize.ofKilobytes(1).toBytes();

    private final DataSize ceiling;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private volatile Long bytes;

    UploadLimits(
            @Value("${rapport.import.max-upload-size}") DataSize ceiling, JdbcClient jdbc, CurrentUser currentUser) {
        this.ceiling = ceiling;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    long bytes() {
        Long known = bytes;
        if (known == null) {
            known = jdbc.sql("select max_upload_bytes from import_setting where id = 1")
                    .query(Long.class)
                    .optional()
                    .map(set -> Math.min(set, ceiling.toBytes()))
                    .orElse(ceiling.toBytes());
            bytes = known;
        }
        return known;
    }

    long ceilingBytes() {
        return ceiling.toBytes();
    }

    /** The limit as people read it: "512MB", "1500KB". */
    String text() {
        return describe(bytes());
    }

    String ceilingText() {
        return describe(ceiling.toBytes());
    }

    /** Administrators only; from 1KB to the ceiling, given as "50MB", "2GB" or a number of bytes. */
    @Transactional
    void set(String size) {
        if (!currentUser.get().isAdmin()) {
            throw new AccessDeniedException("only administrators set the upload limit");
        }
        long wanted;
        try {
            wanted = DataSize.parse(size == null ? "" : size.strip().toUpperCase(java.util.Locale.ROOT))
                    .toBytes();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("maxUploadSize", "is not a size such as 50MB or 2GB");
        }
        if (wanted < SMALLEST || wanted > ceiling.toBytes()) {
            throw new InvalidInputException(
                    "maxUploadSize", "must be from 1KB to " + ceilingText() + " (RAPPORT_IMPORT_MAX_UPLOAD_SIZE)");
        }
        jdbc.sql("""
                        insert into import_setting (id, max_upload_bytes, updated_by, updated_at)
                        values (1, :bytes, :by, now())
                        on conflict (id) do update
                        set max_upload_bytes = :bytes, updated_by = :by, updated_at = now()""").param("bytes", wanted).param("by", currentUser.get().id()).update();
        bytes = wanted;
    }

    private static String describe(long bytes) {
        for (String unit : new String[] {"TB", "GB", "MB", "KB"}) {
            long size = DataSize.parse("1" + unit).toBytes();
            if (bytes >= size && bytes % size == 0) {
                return bytes / size + unit;
            }
        }
        return bytes + "B";
    }
}
