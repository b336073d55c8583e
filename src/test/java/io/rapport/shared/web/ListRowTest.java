package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListRowTest {

    @Test
    void escapesEveryValueAndAttribute() {
        ListRow row = ListRow.named("/contacts/1\"onmouseover=\"x", "<script>alert(1)</script>")
                .text("a & b")
                .link("/companies/2", "O'Hara <b>")
                .badge("<i>lead</i>")
                .tags(List.of("<vip>", "x\"y"))
                .build();

        assertThat(row.html())
                .isEqualTo(
                        "<tr><td><a href=\"/contacts/1&quot;onmouseover=&quot;x\">&lt;script&gt;alert(1)&lt;/script&gt;</a></td>"
                                + "<td class=\"d-none d-md-table-cell\">a &amp; b</td>"
                                + "<td class=\"d-none d-md-table-cell\"><a href=\"/companies/2\">O&#39;Hara &lt;b&gt;</a></td>"
                                + "<td class=\"d-none d-md-table-cell\"><span class=\"badge text-bg-light\">&lt;i&gt;lead&lt;/i&gt;</span></td>"
                                + "<td class=\"d-none d-md-table-cell\"><span class=\"badge text-bg-secondary me-1\">&lt;vip&gt;</span>"
                                + "<span class=\"badge text-bg-secondary me-1\">x&quot;y</span></td></tr>");
    }

    @Test
    void emptyValuesGiveEmptyCellsAndALinkWithoutTargetIsText() {
        ListRow row = ListRow.named("/c/1", "Ada")
                .text(null)
                .link(null, "Acme")
                .time(null)
                .build();

        assertThat(row.html())
                .isEqualTo("<tr><td><a href=\"/c/1\">Ada</a></td>"
                        + "<td class=\"d-none d-md-table-cell\"></td>"
                        + "<td class=\"d-none d-md-table-cell\">Acme</td>"
                        + "<td class=\"d-none d-md-table-cell\"></td></tr>");
    }

    @Test
    void timesToTheMinute() {
        String html = ListRow.named("/c/1", "Ada")
                .time(Instant.parse("2026-11-23T16:45:59Z"))
                .build()
                .html();

        assertThat(html)
                .matches(".*<td class=\"d-none d-md-table-cell\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</td></tr>$");
    }
}
