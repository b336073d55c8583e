package io.rapport.view;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedViews extends JpaRepository<SavedView, UUID> {

    /** A user's own views of a record type and those shared with their team, by name. */
    @Query(
            "select v from SavedView v where v.recordType = ?1 and (v.ownerId = ?2 or (?3 is not null and v.teamId = ?3))"
                    + " order by lower(v.name)")
    List<SavedView> visibleTo(String recordType, UUID userId, UUID teamId);
}
