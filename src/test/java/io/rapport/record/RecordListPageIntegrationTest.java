package io.rapport.record;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.AdminApiIntegrationTest;
import io.rapport.support.FormSession;
import io.rapport.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A record list page as the kit fills it: the first page whole, the next one as the rows htmx appends. */
class RecordListPageIntegrationTest extends AdminApiIntegrationTest {

    private static final Pattern MORE = Pattern.compile("hx-get=\"([^\"]*cursor=[^\"]*)\"");

    @Test
    void moreRowsComeAsAFragmentOfRows() {
        String tag = "more" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 51; i++) {
            api.createContact(contact(String.format("Row%02d", i)).set("tags", java.util.List.of(tag)));
        }
        FormSession pages = FormSession.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        HttpResponse<String> first = pages.get("/contacts?tag=" + tag);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<html").contains("Row00").doesNotContain("Row50");
        Matcher more = MORE.matcher(first.body());
        assertThat(more.find()).isTrue();

        HttpResponse<String> next = pages.get(more.group(1).replace("&amp;", "&"), true);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("id=\"rows\"").contains("Row50").doesNotContain("<html");
    }
}
