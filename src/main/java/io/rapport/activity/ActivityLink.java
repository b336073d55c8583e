package io.rapport.activity;

import java.util.UUID;

/**
 * A record an activity concerns.
 *
 * @param inherited linked because a contact it concerns works there (a company), not named itself
 */
record ActivityLink(String recordType, UUID recordId, boolean inherited) {

    static final String CONTACT = "contact";
    static final String COMPANY = "company";
}
