package io.rapport.shared;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist, or that the user may not see: both answer 404 so ids cannot be probed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, UUID id) {
        super("No " + recordType + " with id " + id);
    }
}
