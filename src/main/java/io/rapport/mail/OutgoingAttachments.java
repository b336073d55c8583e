package io.rapport.mail;

import java.io.IOException;
import java.io.InputStream;

/** Where the files of outgoing emails are read from when they are sent (the timeline's attachment store). */
public interface OutgoingAttachments {

    InputStream open(String key) throws IOException;
}
