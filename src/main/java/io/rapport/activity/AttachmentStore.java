package io.rapport.activity;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachments' bytes live: files under the data directory now ({@link FileAttachmentStore}); an
 * S3-compatible store can implement the same three operations.
 */
interface AttachmentStore {

    /**
     * Stores the stream under {@code key}, all of it or nothing.
     *
     * @return the number of bytes stored
     * @throws TooLargeException when the stream holds more than {@code maxBytes} (nothing is kept)
     */
    long put(String key, InputStream content, long maxBytes) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the bytes; a key that is not there is not an error. */
    void delete(String key) throws IOException;

    /** More bytes than allowed. */
    final class TooLargeException extends IOException {
        TooLargeException(long maxBytes) {
            super("more than " + maxBytes + " bytes");
        }
    }
}
