package io.rapport.shared.value;

import java.util.regex.Pattern;

/** Email addresses as every way in checks them. */
public final class EmailAddresses {

    /** A local part, an at sign and a domain with a dot; no spaces (they are trimmed before this check). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    private EmailAddresses() {}

    public static boolean isValid(String email) {
        return email != null && EMAIL.matcher(email).matches();
    }
}
