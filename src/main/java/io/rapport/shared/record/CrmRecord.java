package io.rapport.shared.record;

import io.rapport.shared.OwnedRecord;
import io.rapport.shared.search.RapportAnalysisConfigurer;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/**
 * A record served by the record kit: an {@link OwnedRecord} with custom field values (JSONB {@code custom_fields},
 * their text searchable), the record it was merged into ({@code merged_into_id}) and the timeline's two dates
 * ({@code last_contacted_at}, {@code next_activity_at}), which the activity module keeps with its own SQL and the
 * entity never writes.
 */
@MappedSuperclass
public abstract class CrmRecord extends OwnedRecord {

    /** Values of custom fields by key, in stored form; deleted fields' values stay here until purged. */
    @Column(name = "custom_fields")
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> customFields = new LinkedHashMap<>();

    /** The record this one was merged into, while it lies in the trash for that reason. */
    @Column(name = "merged_into_id")
    private UUID mergedIntoId;

    @Column(name = "last_contacted_at", insertable = false, updatable = false)
    private Instant lastContactedAt;

    @Column(name = "next_activity_at", insertable = false, updatable = false)
    private Instant nextActivityAt;

    protected CrmRecord() {}

    protected CrmRecord(UUID id) {
        super(id);
    }

    /** Takes the custom values of an already checked input. */
    protected void changeCustomFields(Map<String, Object> values) {
        customFields = values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
    }

    /** Adds the custom values to a snapshot of the fields, as {@code custom.<key>}, for the audit trail. */
    protected Map<String, Object> withCustomFields(Map<String, Object> fields) {
        customFields.forEach((key, value) -> fields.put("custom." + key, value));
        return fields;
    }

    /** A copy of the custom values, for an input built from the record. */
    protected Map<String, Object> customFieldsCopy() {
        return new LinkedHashMap<>(customFields);
    }

    /** Merged into another record: in the trash, pointing at the survivor. */
    public void mergeInto(UUID survivorId) {
        moveToTrash();
        mergedIntoId = survivorId;
    }

    /** A merge taken back: out of the trash. */
    public void unmerge() {
        restore();
        mergedIntoId = null;
    }

    public UUID getMergedIntoId() {
        return mergedIntoId;
    }

    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    /** The text of custom field values (text, selects, emails, web addresses), for the list's search. */
    @FullTextField(
            name = "customText",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "customFields")))
    public List<String> getCustomText() {
        return CustomText.of(customFields);
    }

    public Instant getLastContactedAt() {
        return lastContactedAt;
    }

    public Instant getNextActivityAt() {
        return nextActivityAt;
    }
}
