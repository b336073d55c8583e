package io.rapport.mail;

import java.util.UUID;

/** What the outbox made of an email it took: the Message-ID it will carry and the thread it belongs to. */
public record EmailQueued(String messageId, UUID threadId) {}
