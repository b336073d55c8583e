package io.rapport.shared;

/** One field's value before and after a change, as text, for the audit trail. */
public record FieldChange(String field, String oldValue, String newValue) {}
