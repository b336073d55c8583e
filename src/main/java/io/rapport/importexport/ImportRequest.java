package io.rapport.importexport;

import io.rapport.shared.imports.ImportSettings.DuplicatePolicy;
import io.rapport.shared.imports.ImportSettings.MatchOn;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * How to run an import, as the mapping page and the API send it; blanks keep what the import has.
 *
 * @param mapping the field for each column by position, null or "" for a column left out
 * @param saveMappingAs a name to keep this mapping under for the next file with the same headers
 */
record ImportRequest(
        @Size(max = ImportFiles.MOST_COLUMNS) List<String> mapping,
        DuplicatePolicy duplicatePolicy,
        MatchOn matchOn,
        @Size(max = 100) String saveMappingAs) {}
