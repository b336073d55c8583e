package io.rapport.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * Answers whether the signed-in user may see one record of a type. Implemented by each record module, so
 * modules that only hold ids (audit, timeline) check access without depending on the record modules.
 */
public interface RecordAccess {

    String recordType();

    boolean isVisible(UUID id);

    /**
     * The record's name as its page heads it (empty text when it has none), if the user may see it, in the trash
     * or not; empty for a type whose records have no page to link to.
     */
    default Optional<String> nameOf(UUID id) {
        return Optional.empty();
    }
}
