package io.rapport.importexport;

import io.rapport.shared.exports.ExportTarget;
import java.util.List;
import org.springframework.stereotype.Component;

/** The record types whose lists can be exported: every module's {@link ExportTarget}. */
@Component
class ExportTargets extends ByRecordType<ExportTarget<?>> {

    ExportTargets(List<ExportTarget<?>> targets) {
        super(targets, ExportTarget::recordType);
    }
}
