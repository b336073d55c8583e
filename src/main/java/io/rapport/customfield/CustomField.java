package io.rapport.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A custom field's definition. Its key names the values in the records' JSONB and never changes, so renaming
 * (the label) keeps the data; deleting only marks it deleted, and the values stay until it is purged.
 */
@Entity
@Table(name = "custom_field")
class CustomField {

    @Id
    private UUID id;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "field_key")
    private String key;

    private String label;

    @Convert(converter = FieldTypeConverter.class)
    private FieldType type;

    private boolean required;

    @Column(name = "default_value")
    @JdbcTypeCode(SqlTypes.JSON)
    private Object defaultValue;

    @Column(name = "help_text")
    private String helpText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> options = new ArrayList<>();

    private String currency;
    private int position;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected CustomField() {}

    CustomField(UUID id, String recordType, String key, FieldType type) {
        this.id = id;
        this.recordType = recordType;
        this.key = key;
        this.type = type;
        this.createdAt = Instant.now();
    }

    /** Takes the editable settings of an already checked input. */
    void apply(CustomFieldInput input, Object checkedDefault, int position) {
        label = input.label();
        required = Boolean.TRUE.equals(input.required());
        defaultValue = checkedDefault;
        helpText = input.helpText();
        options = new ArrayList<>(input.options() == null ? List.of() : input.options());
        currency = input.currency();
        this.position = position;
        updatedAt = Instant.now();
    }

    void delete() {
        deletedAt = Instant.now();
        updatedAt = deletedAt;
    }

    void restore() {
        deletedAt = null;
        updatedAt = Instant.now();
    }

    FieldDefinition definition() {
        return new FieldDefinition(
                id,
                recordType,
                key,
                label,
                type,
                required,
                defaultValue,
                helpText,
                List.copyOf(options),
                currency,
                position,
                createdAt,
                updatedAt,
                deletedAt);
    }

    /** The settings as the audit trail records them. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("recordType", recordType);
        fields.put("key", key);
        fields.put("label", label);
        fields.put("type", type.code());
        fields.put("required", required);
        fields.put("defaultValue", defaultValue);
        fields.put("helpText", helpText);
        fields.put("options", options);
        fields.put("currency", currency);
        fields.put("position", position);
        return fields;
    }

    UUID getId() {
        return id;
    }

    String getRecordType() {
        return recordType;
    }

    String getKey() {
        return key;
    }

    FieldType getType() {
        return type;
    }

    int getPosition() {
        return position;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }
}
