package io.rapport.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The records the current user may see of one type: all of them, or those owned by one of {@code ownerIds}.
 * The one check behind lists, detail pages, search results and exports.
 */
public record AccessScope(Set<UUID> ownerIds) {

    private static final AccessScope ALL = new AccessScope(null);

    public static AccessScope all() {
        return ALL;
    }

    public static AccessScope ownedBy(Set<UUID> ownerIds) {
        return new AccessScope(Set.copyOf(ownerIds));
    }

    public boolean isAll() {
        return ownerIds == null;
    }

    public boolean permits(UUID ownerId) {
        return isAll() || ownerIds.contains(ownerId);
    }
}
