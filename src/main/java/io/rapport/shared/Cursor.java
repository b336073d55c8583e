package io.rapport.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after the last row of a page: the sort key's value (null when that row has none) and the id that
 * breaks ties (keyset paging), or a plain offset for relevance-ranked search results. Opaque to clients.
 */
public record Cursor(String sortValue, UUID id, int offset) {

    private static final char SEPARATOR = '\u001f';

    public static Cursor after(String sortValue, UUID id) {
        return new Cursor(sortValue, id, 0);
    }

    public static Cursor atOffset(int offset) {
        return new Cursor(null, null, offset);
    }

    public String encode() {
        String raw = id == null ? "o" + offset : sortValue == null ? "n" + id : "k" + id + SEPARATOR + sortValue;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor given by a client; a null or blank cursor is the first page. */
    public static Cursor decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (raw.startsWith("o")) {
                int offset = Integer.parseInt(raw.substring(1));
                if (offset < 0) {
                    throw new IllegalArgumentException("negative offset");
                }
                return atOffset(offset);
            }
            if (raw.startsWith("n")) {
                return after(null, UUID.fromString(raw.substring(1)));
            }
            int separator = raw.indexOf(SEPARATOR);
            if (!raw.startsWith("k") || separator < 0) {
                throw new IllegalArgumentException("unknown cursor form");
            }
            return after(raw.substring(separator + 1), UUID.fromString(raw.substring(1, separator)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this API returned");
        }
    }
}
