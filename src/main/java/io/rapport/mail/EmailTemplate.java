package io.rapport.mail;

import java.time.Instant;
import java.util.UUID;

/** A template the team shares: a subject and a body with merge fields. */
public record EmailTemplate(
        UUID id, String name, String subject, String body, UUID createdBy, Instant createdAt, Instant updatedAt) {}
