package io.rapport.importexport;

import io.rapport.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The beans the record modules offer (import or export targets), by the record type each serves. */
abstract class ByRecordType<T> {

    private final Map<String, T> byType;

    ByRecordType(List<T> beans, Function<T, String> recordType) {
        this.byType = beans.stream().collect(Collectors.toMap(recordType, Function.identity()));
    }

    /** The bean for a record type; an unknown type is a 400 naming {@code recordType}. */
    T get(String recordType) {
        T bean = byType.get(recordType);
        if (bean == null) {
            throw new InvalidInputException("recordType", "must be one of " + String.join(", ", recordTypes()));
        }
        return bean;
    }

    List<String> recordTypes() {
        return byType.keySet().stream().sorted().toList();
    }
}
