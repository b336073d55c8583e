package io.rapport.mail;

import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * HTML from email made safe to show: cleaned by jsoup to a list of harmless tags and attributes (no script, no
 * styles, no event handlers, no javascript: links), remote images held back ({@code data-remote-src}, loaded
 * only when the reader asks: they tell the sender when and where a message was read), links opened apart.
 */
public final class EmailHtml {

    private static final Safelist SAFE = Safelist.relaxed().addProtocols("img", "src", "cid");
    private static final String HELD_SOURCE = "data-remote-src";

    private EmailHtml() {}

    /** Cleans HTML as received; remote images are held back. */
    public static String clean(String html) {
        Document document = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFE, outputSettings()));
        document.outputSettings(outputSettings());
        for (Element image : document.select("img[src]")) {
            String source = image.attr("src");
            if (isRemote(source)) {
                image.attr(HELD_SOURCE, source).removeAttr("src");
            }
        }
        for (Element link : document.select("a[href]")) {
            link.attr("rel", "noopener noreferrer nofollow").attr("target", "_blank");
        }
        return document.body().html();
    }

    /** Whether the cleaned HTML holds back remote images (the page then offers to show them). */
    public static boolean hasRemoteImages(String cleaned) {
        return cleaned.contains(HELD_SOURCE + "=");
    }

    /** The cleaned HTML with its remote images loaded, when the reader asked for them. */
    public static String withRemoteImages(String cleaned) {
        Document document = Jsoup.parseBodyFragment(cleaned);
        document.outputSettings(outputSettings());
        for (Element image : document.select("img[" + HELD_SOURCE + "]")) {
            String source = image.attr(HELD_SOURCE);
            image.removeAttr(HELD_SOURCE);
            if (isRemote(source)) {
                image.attr("src", source);
            }
        }
        return document.body().html();
    }

    /** The cleaned HTML with its inline images ({@code cid:}) pointing at the addresses given by content id. */
    public static String withInlineImages(String cleaned, Map<String, String> addresses) {
        if (addresses.isEmpty()) {
            return cleaned;
        }
        Document document = Jsoup.parseBodyFragment(cleaned);
        document.outputSettings(outputSettings());
        for (Element image : document.select("img[src^=cid:]")) {
            String address = addresses.get(image.attr("src").substring(4));
            if (address != null) {
                image.attr("src", address);
            }
        }
        return document.body().html();
    }

    /** The text of HTML, for a message that has no plain-text part. */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(Jsoup.clean(html, SAFE)).body().text();
    }

    private static boolean isRemote(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
    }

    private static Document.OutputSettings outputSettings() {
        return new Document.OutputSettings().prettyPrint(false);
    }
}
