package io.rapport.contact;

import java.util.List;
import java.util.UUID;

/**
 * Contacts were merged into a survivor: modules holding records of the merged contacts (activities, deals...)
 * move them to the survivor. {@code undone} is true when a merge is taken back; they then move them back.
 */
public record ContactsMerged(UUID mergeId, UUID survivorId, List<UUID> mergedIds, UUID actorId, boolean undone) {}
