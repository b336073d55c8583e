package io.rapport.shared;

import java.util.UUID;

/**
 * Answers whether the signed-in user may see one record of a type. Implemented by each record module, so
 * modules that only hold ids (audit, timeline) check access without depending on the record modules.
 */
public interface RecordAccess {

    String recordType();

    boolean isVisible(UUID id);
}
