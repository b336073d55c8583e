package io.rapport.shared.value;

import java.util.regex.Pattern;

/** Email addresses as every way in checks them. */
public final class EmailAddresses {

    /**
     * A local part of RFC 5322's dot-atom characters (letters of any script allowed, as RFC 6531 does), dots
     * neither first, last nor doubled; then a domain of labels of letters, digits and inner hyphens, ending in a
     * top-level label of two or more letters. Quotes and angle brackets are refused: such an address is an attack
     * far more often than a mailbox, and it ends up in HTML and mail headers.
     */
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}[\\p{L}\\p{N}-]*[\\p{L}\\p{N}]");

    private EmailAddresses() {}

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }
}
