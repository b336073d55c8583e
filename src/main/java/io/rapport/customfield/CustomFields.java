package io.rapport.customfield;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomFields extends JpaRepository<CustomField, UUID> {

    List<CustomField> findByRecordTypeOrderByPositionAscLabelAsc(String recordType);

    boolean existsByRecordTypeAndKey(String recordType, String key);

    @Query("select coalesce(max(f.position), 0) from CustomField f where f.recordType = ?1")
    int lastPosition(String recordType);
}
