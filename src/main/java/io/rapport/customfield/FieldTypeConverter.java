package io.rapport.customfield;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a field type as its API code ("singleSelect"), the same word everywhere. */
@Converter
class FieldTypeConverter implements AttributeConverter<FieldType, String> {

    @Override
    public String convertToDatabaseColumn(FieldType type) {
        return type == null ? null : type.code();
    }

    @Override
    public FieldType convertToEntityAttribute(String code) {
        return code == null ? null : FieldType.parse(code);
    }
}
