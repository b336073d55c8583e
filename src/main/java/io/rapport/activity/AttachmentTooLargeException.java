package io.rapport.activity;

/** A file larger than the attachment limit: a 413 that says the limit. */
class AttachmentTooLargeException extends RuntimeException {

    AttachmentTooLargeException(String limit) {
        super("The file is larger than the attachment limit of " + limit + " (RAPPORT_ATTACHMENTS_MAX_SIZE).");
    }
}
