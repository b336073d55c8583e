package io.rapport.shared.imports;

import java.text.Normalizer;
import java.util.Locale;

/** How headers compare when suggesting a mapping: case, accents, spaces and punctuation do not count. */
public final class ImportHeaders {

    private ImportHeaders() {}

    /** "E-mail Address" and "email_address" both give "emailaddress". */
    public static String comparable(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
