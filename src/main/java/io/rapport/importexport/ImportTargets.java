package io.rapport.importexport;

import io.rapport.shared.imports.ImportTarget;
import java.util.List;
import org.springframework.stereotype.Component;

/** The record types files can be imported into: every module's {@link ImportTarget}. */
@Component
class ImportTargets extends ByRecordType<ImportTarget<?>> {

    ImportTargets(List<ImportTarget<?>> targets) {
        super(targets, ImportTarget::recordType);
    }
}
