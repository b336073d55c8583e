package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsASpreadsheetWouldRunAreNeutralisedAndQuotingFollowsRfc4180() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(Arrays.asList("=HYPERLINK(\"http://x\")", "+47 912", "-1", "@SUM(A1)", "\tx", "plain", null, "a,b"));
        csv.row(Arrays.asList("line\nbreak", "say \"hi\"", ""));
        assertThat(out.toString())
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+47 912,'-1,'@SUM(A1),'\tx,plain,,\"a,b\"\r\n"
                        + "\"line\nbreak\",\"say \"\"hi\"\"\",\r\n");
    }
}
