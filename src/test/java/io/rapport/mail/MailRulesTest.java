package io.rapport.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The rules of mail that need no server: merge fields, HTML cleaning, lenient reading of headers and parts. */
class MailRulesTest {

    @Test
    void mergeFieldsAreFilledAndUnknownOnesAreNamed() {
        assertThat(MergeFields.render(
                        "Dear {{ contact.firstName }}, from {{user.name}}{{contact.jobTitle}}",
                        Map.of("contact.firstName", "Ada", "user.name", "Bo")))
                .isEqualTo("Dear Ada, from Bo{{contact.jobTitle}}");
        assertThat(MergeFields.unknown("{{contact.firstName}} {{contact.shoeSize}} {{deal.amount}}"))
                .containsExactly("contact.shoeSize", "deal.amount");
        assertThat(MergeFields.render("$1 and \\\\ stay", Map.of())).isEqualTo("$1 and \\\\ stay");
    }

    @Test
    void emailHtmlLosesScriptKeepsFormattingAndHoldsBackRemoteImages() {
        String cleaned =
                EmailHtml.clean("<div style=\"x\" onmouseover=\"steal()\"><a href=\"javascript:alert(1)\">x</a>"
                        + "<a href=\"https://example.com\">site</a><img src=\"http://track.example/p.gif\"><img src=\"cid:a1\">"
                        + "<iframe src=\"https://evil.example\"></iframe><table><tr><td>cell</td></tr></table></div>");
        assertThat(cleaned)
                .doesNotContain("onmouseover", "javascript:", "iframe", "style=", " src=\"http://track")
                .contains("<td>cell</td>", "rel=\"noopener noreferrer nofollow\"", "src=\"cid:a1\"");
        assertThat(EmailHtml.hasRemoteImages(cleaned)).isTrue();
        assertThat(EmailHtml.withRemoteImages(cleaned)).contains("src=\"http://track.example/p.gif\"");
        assertThat(EmailHtml.withInlineImages(cleaned, Map.of("a1", "/files/1")))
                .contains("src=\"/files/1\"");
        assertThat(EmailHtml.text("<p>Hello <b>you</b></p><script>x()</script>"))
                .isEqualTo("Hello you");
    }

    @Test
    void brokenAddressHeadersStillYieldTheirAddresses() {
        assertThat(MessageParser.addresses("\"Broken <Ann@Example.COM"))
                .extracting(MailAddress::address)
                .containsExactly("ann@example.com");
        assertThat(MessageParser.addresses("=?UTF-8?Q?J=C3=B8rn?= <jorn@example.no>, b@example.org"))
                .containsExactly(new MailAddress("jorn@example.no", "Jørn"), new MailAddress("b@example.org", null));
        assertThat(MessageParser.ids("<a@x> <b@y>\r\n <c@z>")).containsExactly("a@x", "b@y", "c@z");
    }

    @Test
    void aForwardedMessageNamesItsOriginalSenderAndAnUnknownCharsetIsStillRead() throws Exception {
        String source = "From: colleague@rapport.test\r\nTo: team@rapport.test\r\nSubject: Fwd: Order\r\n"
                + "Content-Type: text/plain; charset=x-unknown-charset\r\n\r\n"
                + "---------- Forwarded message ---------\r\nFrom: Kim Buyer <kim@buyer.example>\r\nWe order 5.\r\n";
        ParsedEmail email = MessageParser.parse(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(source.getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(email.forwardedFrom()).extracting(MailAddress::address).containsExactly("kim@buyer.example");
        assertThat(email.text()).contains("We order 5.");
        assertThat(email.problem()).isNull();
    }
}
