package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @Test
    void cellsASpreadsheetWouldRunAreNeutralisedAndQuotingFollowsRfc4180() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(Arrays.asList("=HYPERLINK(\"http://x\")", "+47 912", "-1", "@SUM(A1)", "\tx", "plain", null, "a,b"));
        csv.row(Arrays.asList("line\nbreak", "say \"hi\"", ""));
        assertThat(out.toString())
                .isEqualTo(
                        "\"'=HYPERLINK(\"\"http://x\"\")\",\"'+47 912\",\"'-1\",\"'@SUM(A1)\",\"'\tx\",plain,,\"a,b\"\r\n"
                                + "\"line\nbreak\",\"say \"\"hi\"\"\",\r\n");
    }

    /** Each would run in Excel with "," or ";" as its list separator; each must stay one quoted, guarded cell. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                ";=4+4",
                ",=4+4",
                "a;=4+4",
                "a,=4+4",
                "  =1+1",
                " ; -2+3",
                "x;@SUM(A1)",
                "x; +1",
                "\r=1",
                "a;\t=1"
            })
    void aFormulaAfterASeparatorOrLeadingSpacesIsGuardedAndQuoted(String value) {
        String cell = CsvWriter.cell(value);
        assertThat(cell).isEqualTo("\"'" + value + "\"");
    }

    @Test
    void harmlessCellsStayAsTheyAreExceptThatSemicolonsAreQuoted() {
        assertThat(CsvWriter.cell("Anne-Marie")).isEqualTo("Anne-Marie");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.cell("x;y")).isEqualTo("\"x;y\"");
        assertThat(CsvWriter.cell("info@acme.com")).isEqualTo("info@acme.com");
    }
}
