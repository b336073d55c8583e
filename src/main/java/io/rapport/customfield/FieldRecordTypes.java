package io.rapport.customfield;

import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import java.util.List;
import org.springframework.stereotype.Component;

/** The registered record types that have custom fields, and the table each keeps its values in (custom_fields). */
@Component
class FieldRecordTypes {

    private final RecordTypes recordTypes;

    FieldRecordTypes(RecordTypes recordTypes) {
        this.recordTypes = recordTypes;
    }

    boolean isKnown(String recordType) {
        return recordTypes.find(recordType).filter(FieldRecordTypes::hasFields).isPresent();
    }

    /** Their names, in their registered order. */
    List<String> all() {
        return recordTypes.with(RecordType.Feature.CUSTOM_FIELDS).stream()
                .map(RecordType::name)
                .toList();
    }

    /** The type a new field is for unless the administrator picks another. */
    String first() {
        return recordTypes.first(RecordType.Feature.CUSTOM_FIELDS).name();
    }

    /** The table of a known type; a plain lower-case word (checked by {@link RecordType}), safe in SQL text. */
    String table(String recordType) {
        return recordTypes
                .find(recordType)
                .filter(FieldRecordTypes::hasFields)
                .orElseThrow(() -> new IllegalArgumentException("no custom fields for " + recordType))
                .table();
    }

    private static boolean hasFields(RecordType type) {
        return type.has(RecordType.Feature.CUSTOM_FIELDS);
    }
}
