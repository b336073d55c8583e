package io.rapport.shared.web;

import java.time.Instant;
import java.util.Collection;

/**
 * One row of a record list page, its cells written as HTML here rather than by the template. A list page shows
 * 50 rows of up to a dozen cells; as template expressions (each a reflective SpEL evaluation) the rows took 80% of
 * the page's time, as Java they take a few microseconds. Every value is HTML-escaped ({@link HtmlWriter}), so the
 * template can write {@link #html()} unescaped.
 *
 * @param html the row ({@code <tr>} and its cells), escaped
 */
public record ListRow(String html) {

    private static final String CELL_CLASS = "d-none d-md-table-cell";

    /** A row whose first cell is the record's name, linking to its page. */
    public static Builder named(String href, String name) {
        Builder row = new Builder();
        row.html.open("tr").open("td").element("a", name, "href", href).close("td");
        return row;
    }

    /** Appends the cells after the name; each is hidden on narrow screens, as the list's headers are. */
    public static final class Builder {

        private final HtmlWriter html = new HtmlWriter();

        private Builder() {}

        public Builder text(String text) {
            html.element("td", text, "class", CELL_CLASS);
            return this;
        }

        /** A time to the minute, in the server's time zone. */
        public Builder time(Instant time) {
            return text(PageTimes.minutes(time));
        }

        /** A link, or the bare text when there is nowhere to go ({@code href} null). */
        public Builder link(String href, String text) {
            if (href == null) {
                return text(text);
            }
            html.open("td", "class", CELL_CLASS)
                    .element("a", text, "href", href)
                    .close("td");
            return this;
        }

        /** One value as a light badge, such as a lifecycle stage. */
        public Builder badge(String text) {
            html.open("td", "class", CELL_CLASS)
                    .element("span", text, "class", "badge text-bg-light")
                    .close("td");
            return this;
        }

        /** Tags, each its own badge. */
        public Builder tags(Collection<String> tags) {
            html.open("td", "class", CELL_CLASS);
            tags.forEach(tag -> html.element("span", tag, "class", "badge text-bg-secondary me-1"));
            html.close("td");
            return this;
        }

        public ListRow build() {
            return new ListRow(html.close("tr").toString());
        }
    }
}
