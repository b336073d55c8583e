package io.rapport.shared.web;

/**
 * Writes HTML for the few parts of pages rendered in Java because they repeat (a list's rows, a timeline's
 * entries): as template expressions each value costs a reflective evaluation, which made those parts most of a
 * page's time. Text and attribute values are always escaped; only {@link #trusted} writes markup as it is, for
 * HTML already cleaned by a sanitiser. Tag and attribute names are the caller's constants.
 */
public final class HtmlWriter {

    private final StringBuilder out = new StringBuilder(2048);

    /** An opening tag; {@code attributes} are name and value pairs, a null value leaves its attribute out. */
    public HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escaped(attributes[i + 1]);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    public HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    public HtmlWriter text(String text) {
        escaped(text);
        return this;
    }

    /** An element holding only text. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Markup already made safe (cleaned by an HTML sanitiser), written as it is. */
    public HtmlWriter trusted(String html) {
        out.append(html);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * The five characters that can end a text or a quoted attribute value, as entities; everything else as it is
     * (pages are UTF-8). Spring's {@code HtmlUtils.htmlEscape} also turned every letter with an HTML 4 entity ("ø")
     * into it, looking each character up in a table: 16% of a contact list page's CPU (issue 16).
     */
    private void escaped(String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
