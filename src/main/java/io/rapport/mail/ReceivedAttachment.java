package io.rapport.mail;

/**
 * A file that came with a message: attached, or inline (an image the HTML shows through {@code cid:} and its
 * {@code contentId}).
 */
public record ReceivedAttachment(String fileName, String contentType, String contentId, byte[] content) {}
