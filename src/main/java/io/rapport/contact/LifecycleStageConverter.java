package io.rapport.contact;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a lifecycle stage from a query or form parameter in any case: "lead", "LEAD". */
@Component
class LifecycleStageConverter implements Converter<String, LifecycleStage> {

    @Override
    public LifecycleStage convert(String source) {
        return source.isBlank() ? null : LifecycleStage.fromCode(source);
    }
}
