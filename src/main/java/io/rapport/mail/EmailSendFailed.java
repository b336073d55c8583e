package io.rapport.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * An attempt to send that failed; published in the transaction that records it.
 *
 * @param nextAttemptAt when it is tried again, or null when the outbox gave up (then it waits for a retry by hand)
 */
public record EmailSendFailed(UUID id, String error, int attempts, Instant nextAttemptAt) {}
