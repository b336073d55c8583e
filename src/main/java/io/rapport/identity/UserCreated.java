package io.rapport.identity;

import java.util.UUID;

/** A user was created (by an administrator or on first start). */
public record UserCreated(UUID userId, String role) {}
