package io.rapport.shared;

import java.util.List;

/**
 * A create refused because the record already exists (the same email, the same domain), unless the caller
 * insists. A field problem too, so forms show it at the field; the API answers 409 with the duplicates the caller
 * may see.
 */
public class DuplicateRecordException extends InvalidInputException {

    private final transient List<Duplicate> duplicates;

    public DuplicateRecordException(String field, String message, List<Duplicate> duplicates) {
        super(field, message);
        this.duplicates = List.copyOf(duplicates);
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }
}
