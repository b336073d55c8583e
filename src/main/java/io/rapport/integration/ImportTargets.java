package io.rapport.integration;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.imports.ImportTarget;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The record types files can be imported into: every module's {@link ImportTarget}. */
@Component
class ImportTargets {

    private final Map<String, ImportTarget<?>> byType;

    ImportTargets(List<ImportTarget<?>> targets) {
        this.byType = targets.stream().collect(Collectors.toMap(ImportTarget::recordType, Function.identity()));
    }

    ImportTarget<?> get(String recordType) {
        ImportTarget<?> target = byType.get(recordType);
        if (target == null) {
            throw new InvalidInputException("recordType", "must be one of " + String.join(", ", byType.keySet()));
        }
        return target;
    }

    List<String> recordTypes() {
        return byType.keySet().stream().sorted().toList();
    }
}
