package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    @Test
    void textAndAttributeValuesCannotEndTheirElementOrQuote() {
        String html = new HtmlWriter()
                .element(
                        "a",
                        "<script>alert('x') & \"y\"</script>",
                        "href",
                        "/c?q=\"><img src=x onerror=alert(1)>",
                        "title",
                        null)
                .toString();

        assertThat(html)
                .isEqualTo("<a href=\"/c?q=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">"
                        + "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</a>");
    }

    @Test
    void lettersOutsideAsciiAreWrittenAsTheyAre() {
        assertThat(new HtmlWriter().text("Bjørn Ødegård, Zoë, 東京").toString()).isEqualTo("Bjørn Ødegård, Zoë, 東京");
    }
}
