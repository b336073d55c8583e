package io.rapport.mail;

import java.time.Instant;
import java.util.UUID;

/** An outgoing email the SMTP server accepted; published in the transaction that records it. */
public record EmailSent(UUID id, Instant sentAt) {}
