package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.shared.imports.ImportRow;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportRowsTest {

    @Test
    void theApostropheAnExportPutsBeforeAFormulaStartIsTakenOff() {
        ImportRow row = ImportRows.map(
                1,
                List.of("'+47 415 22 345", "'=1+1", "';=4+4", "O'Neil", "'quoted'", "'"),
                Arrays.asList("phone", "jobTitle", "city", "lastName", "source", "region"));
        assertThat(row.first("phone")).isEqualTo("+47 415 22 345");
        assertThat(row.first("jobTitle")).isEqualTo("=1+1");
        assertThat(row.first("city")).isEqualTo(";=4+4");
        assertThat(row.first("lastName")).isEqualTo("O'Neil");
        assertThat(row.first("source")).isEqualTo("'quoted'");
        assertThat(row.first("region")).isEqualTo("'");
    }
}
