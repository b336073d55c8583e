package io.rapport.mail;

/** An address as a message names it: the address itself (lower case) and the name shown with it, if any. */
public record MailAddress(String address, String name) {

    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    /** As a header would show it: {@code Name <address>} or the bare address. */
    public String display() {
        return name == null || name.isBlank() ? address : name + " <" + address + ">";
    }
}
