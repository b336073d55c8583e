package io.rapport.shared.events;

import java.util.UUID;

/** A test event: its listener ({@link ProbeListener}) fails its first {@code failures} attempts. */
public record ProbeEvent(UUID id, int failures) {}
