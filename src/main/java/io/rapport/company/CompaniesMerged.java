package io.rapport.company;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Companies were merged into a survivor: modules holding records of the merged companies (contacts, deals...)
 * move them to the survivor, in the merge's transaction. {@code undone} is true when a merge is taken back; they
 * then move them back.
 *
 * @param names the name of every company taken part, the survivor's included, by id
 */
public record CompaniesMerged(
        UUID mergeId, UUID survivorId, List<UUID> mergedIds, Map<UUID, String> names, UUID actorId, boolean undone) {}
