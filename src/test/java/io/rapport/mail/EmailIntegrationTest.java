package io.rapport.mail;

import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Email through a real SMTP and IMAP server (GreenMail): sending with merge fields and files, replies threaded,
 * every kind of received message on the right timeline, idempotent ingest, and the failures a mailbox meets.
 */
@IntegrationTest
class EmailIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final Session SESSION = Session.getInstance(new Properties());

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String tag = "m" + UUID.randomUUID().toString().substring(0, 8);
    private final String team = "team-" + tag + "@rapport.test";
    private Api admin;
    private GreenMailUser inbox;
    private UUID mailbox;

    @BeforeEach
    void mailbox() {
        // Mailboxes are global (a reminder goes through the oldest shared one): each test starts with its own only.
        jdbc.sql("delete from mailbox").update();
        admin = TestUsers.admin(port);
        inbox = MAIL.setUser(team, team, "secret");
        mailbox = createMailbox(team, "secret", MAIL.getSmtp().getPort(), false);
    }

    @AfterEach
    void stopPolling() {
        jdbc.sql("delete from mailbox where address like :tag")
                .param("tag", "%" + tag + "%")
                .update();
    }

    @Test
    void anEmailSentFromRapportArrivesWithItsMergeFieldsAndFileAndItsReplyJoinsTheThread() throws Exception {
        String alice = "alice-" + tag + "@customer.test";
        UUID contact = admin.createContact(contact("Alice", "Sent " + tag).email(alice));

        JsonNode queued = admin.post(
                        "/api/v1/emails",
                        "{\"mailboxId\":\"" + mailbox + "\",\"to\":[\"" + alice + "\"],\"subject\":\"Hello"
                                + " {{contact.firstName}}\",\"body\":\"Dear {{contact.firstName}} {{contact.lastName}},"
                                + " here is the offer.\",\"contactIds\":[\"" + contact + "\"]}")
                .expect(202)
                .json();
        UUID emailId = UUID.fromString(queued.get("id").asString());
        assertThat(queued.get("email").get("status").asString()).isEqualTo("queued");

        JsonNode sent = waitFor(
                "/api/v1/activities/" + emailId,
                json -> json.get("email").get("status").asString().equals("sent"));
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        String messageId = sent.get("email").get("messageId").asString();
        // Read as Alice's mail program would: over IMAP (GreenMail made her an account: login and password her
        // address).
        try (Store store = SESSION.getStore("imap")) {
            store.connect("127.0.0.1", MAIL.getImap().getPort(), alice, alice);
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            MimeMessage received = (MimeMessage) folder.getMessage(1);
            assertThat(received.getSubject()).isEqualTo("Hello Alice");
            assertThat(received.getContent().toString()).contains("Dear Alice Sent " + tag + ", here is the offer.");
            assertThat(received.getMessageID()).isEqualTo("<" + messageId + ">");
            assertThat(received.getFrom()[0].toString()).contains(team);
            folder.close(false);
        }

        MimeMessage reply = message(alice, team, "Re: Hello Alice");
        reply.setHeader("In-Reply-To", "<" + messageId + ">");
        reply.setHeader("References", "<" + messageId + ">");
        reply.setText("Thanks, we accept.", "UTF-8");
        reply.setHeader("Message-ID", "<reply-" + tag + "@customer.test>");
        // A Date header has whole seconds: a reply written within the second of the email would read as older.
        reply.setSentDate(java.util.Date.from(
                Instant.parse(sent.get("occurredAt").asString()).plusSeconds(1)));
        inbox.deliver(reply);

        JsonNode answer = waitForEmail(contact, "Re: Hello Alice");
        assertThat(answer.get("direction").asString()).isEqualTo("inbound");
        assertThat(answer.get("body").asString()).contains("we accept");
        assertThat(answer.get("email").get("threadId").asString())
                .isEqualTo(sent.get("email").get("threadId").asString());
        JsonNode thread = admin.get("/api/v1/emails/" + answer.get("id").asString())
                .expect(200)
                .json()
                .get("thread");
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).asString()).isEqualTo(emailId.toString());
    }

    @Test
    void receivedMailOfEveryKindLandsOnTheRightTimelineCleanedAndOnlyOnce() throws Exception {
        String bob = "bob-" + tag + "@customer.test";
        UUID contact = admin.createContact(contact("Bob", "Received " + tag).email(bob));

        MimeMessage multipart = message(bob, team, "Offer " + tag);
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(
                "<p onclick=\"steal()\">See <b>attached</b><script>alert(1)</script>"
                        + "<img src=\"https://tracker.example/pixel.png\"><img src=\"cid:logo\"></p>",
                "text/html; charset=UTF-8");
        MimeBodyPart image = new MimeBodyPart();
        image.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {1, 2, 3}, "image/png")));
        image.setHeader("Content-ID", "<logo>");
        image.setDisposition(MimeBodyPart.INLINE);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource("a,b\n1,2\n", "text/csv")));
        file.setFileName("prices.csv");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(html);
        mixed.addBodyPart(image);
        mixed.addBodyPart(file);
        multipart.setContent(mixed);
        inbox.deliver(multipart);

        MimeMessage latin = message(bob, team, "=?ISO-8859-1?Q?Gr=FC=DFe_" + tag + "?=");
        latin.setContent("Viele Grüße aus Köln", "text/plain; charset=ISO-8859-1");
        inbox.deliver(latin);

        MimeMessage large = message(bob, team, "Large " + tag);
        MimeBodyPart text = new MimeBodyPart();
        text.setText("The catalogue.");
        MimeBodyPart catalogue = new MimeBodyPart();
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'x');
        catalogue.setDataHandler(new DataHandler(new ByteArrayDataSource(tenMegabytes, "application/pdf")));
        catalogue.setFileName("catalogue.pdf");
        MimeMultipart withCatalogue = new MimeMultipart(text, catalogue);
        large.setContent(withCatalogue);
        inbox.deliver(large);

        String broken = "From: \"Bob <" + bob + "\nTo: " + team + "\nSubject: Broken " + tag
                + "\nMessage-ID: <broken-" + tag + "@customer.test>\nContent-Type: multipart/mixed; boundary=\"nope\""
                + "\n\nno boundary here at all\n";
        inbox.deliver(new MimeMessage(SESSION, new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));

        JsonNode offer = waitForEmail(contact, "Offer " + tag);
        JsonNode view = admin.get("/api/v1/emails/" + offer.get("id").asString())
                .expect(200)
                .json();
        String cleaned = view.get("html").asString();
        assertThat(cleaned)
                .contains("<b>attached</b>")
                .doesNotContain("script", "onclick", " src=\"https://tracker.example")
                .contains("data-remote-src=\"https://tracker.example/pixel.png\"");
        JsonNode files = admin.get("/api/v1/activities/" + offer.get("id").asString() + "/attachments")
                .expect(200)
                .json()
                .get("items");
        assertThat(files.findValuesAsString("fileName")).contains("prices.csv");
        assertThat(offer.get("email").get("inline").get("logo")).isNotNull();

        assertThat(waitForEmail(contact, "Grüße " + tag).get("body").asString()).isEqualTo("Viele Grüße aus Köln");

        JsonNode largeEmail = waitForEmail(contact, "Large " + tag);
        JsonNode catalogueFile = admin.get(
                        "/api/v1/activities/" + largeEmail.get("id").asString() + "/attachments")
                .expect(200)
                .json()
                .get("items")
                .get(0);
        assertThat(catalogueFile.get("size").asLong()).isEqualTo(10L * 1024 * 1024);

        MimeMessage huge = message(bob, team, "Huge " + tag);
        MimeBodyPart note = new MimeBodyPart();
        note.setText("The whole archive.");
        MimeBodyPart archive = new MimeBodyPart();
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        archive.setDataHandler(new DataHandler(new ByteArrayDataSource(fiftyMegabytes, "application/zip")));
        archive.setFileName("archive.zip");
        huge.setContent(new MimeMultipart(note, archive));
        inbox.deliver(huge);
        JsonNode hugeEmail = waitForEmail(contact, "Huge " + tag);
        assertThat(hugeEmail.get("email").get("problem").asString())
                .contains("archive.zip was over the size limit and not kept");
        assertThat(admin.get("/api/v1/activities/" + hugeEmail.get("id").asString() + "/attachments")
                        .expect(200)
                        .json()
                        .get("items"))
                .isEmpty();

        JsonNode brokenEmail = waitForEmail(contact, "Broken " + tag);
        assertThat(brokenEmail.get("body").asString()).contains("no boundary here at all");

        int before = emailsOf(contact);
        long lastUid = admin.get("/api/v1/mailboxes/" + mailbox)
                .expect(200)
                .json()
                .get("lastUid")
                .asLong();
        jdbc.sql("update mailbox set last_uid = 0, next_fetch_at = now() where id = :id")
                .param("id", mailbox)
                .update();
        // Read again from the first message up to where it was (each batch moves lastUid on as it is taken in).
        waitFor("/api/v1/mailboxes/" + mailbox, json -> json.get("lastUid").asLong() >= lastUid);
        assertThat(emailsOf(contact)).isEqualTo(before);
    }

    @Test
    void mailCopiedToTheTeamInboxIsFiledAgainstTheCustomerAndUnknownSendersAreCreatedOrMatchedByDomain()
            throws Exception {
        String carol = "carol-" + tag + "@customer.test";
        UUID contact = admin.createContact(contact("Carol " + tag).email(carol));
        MimeMessage copied = message(TestUsers.ADMIN_EMAIL, carol, "Our call " + tag);
        copied.setRecipient(Message.RecipientType.BCC, new InternetAddress(team));
        copied.setText("Summary of our call.");
        inbox.deliver(copied);
        assertThat(waitForEmail(contact, "Our call " + tag).get("direction").asString())
                .isEqualTo("outbound");

        String domain = tag + "-corp.test";
        UUID company = admin.createCompany(company("Corp " + tag).website("https://" + domain));
        MimeMessage fromColleague = message("dave@" + domain, team, "Order " + tag);
        fromColleague.setText("We would like to order.");
        inbox.deliver(fromColleague);
        waitFor(
                "/api/v1/activities?companyId=" + company,
                json -> json.get("items").size() == 1);

        String autoTeam = "auto-" + tag + "@rapport.test";
        MAIL.setUser(autoTeam, autoTeam, "secret");
        UUID auto = createMailbox(autoTeam, "secret", MAIL.getSmtp().getPort(), true);
        String erin = "erin-" + tag + "@newcomer.test";
        MimeMessage unknown = message(erin, autoTeam, "Question " + tag);
        unknown.setFrom(new InternetAddress(erin, "Erin Newcomer"));
        unknown.setText("Do you ship abroad?");
        MAIL.getUserManager().getUser(autoTeam).deliver(unknown);
        JsonNode created = waitFor(
                        "/api/v1/contacts?email=" + erin,
                        json -> json.get("items").size() == 1)
                .get("items")
                .get(0);
        assertThat(created.get("firstName").asString()).isEqualTo("Erin");
        assertThat(created.get("lastName").asString()).isEqualTo("Newcomer");
        waitForEmail(UUID.fromString(created.get("id").asString()), "Question " + tag);
        assertThat(auto).isNotNull();
    }

    @Test
    void aRefusedPasswordIsShownOnTheMailboxAndTheSecretNeverComesBack() {
        UUID wrong = createMailbox(team, "not-the-password", MAIL.getSmtp().getPort(), false);
        JsonNode box = waitFor(
                "/api/v1/mailboxes/" + wrong,
                json -> json.get("lastFetchOk").isBoolean()
                        && !json.get("lastFetchOk").asBoolean());
        assertThat(box.get("lastError").asString()).contains("refused the user name or password");
        assertThat(box.has("password")).isFalse();
        assertThat(admin.get("/api/v1/mailboxes").body()).doesNotContain("not-the-password", "secret");
        String stored = jdbc.sql("select password_secret from mailbox where id = :id")
                .param("id", wrong)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("not-the-password");

        admin.post("/api/v1/mailboxes", "{\"name\":\"\",\"imapSecurity\":\"tls13\",\"imapPort\":70000}")
                .expectProblem(400);
        assertThat(admin.post("/api/v1/mailboxes", "{\"name\":\"x\",\"imapSecurity\":\"tls13\"}")
                        .expectProblem(400)
                        .errorFields())
                .contains("imapSecurity", "username", "password");
        TestUsers.TestUser sales = TestUsers.create(port, "SALES", null);
        sales.api().get("/api/v1/mailboxes").expectProblem(403);

        UUID personal = createMailbox(team, "secret", MAIL.getSmtp().getPort(), false);
        admin.patch("/api/v1/mailboxes/" + personal, "{\"ownerId\":\"" + sales.id() + "\",\"personal\":true}")
                .expect(200);
        // A personal mailbox sends for its owner only; everyone may send through the shared ones.
        assertThat(sales.api().get("/api/v1/emails/mailboxes").expect(200).body())
                .contains(personal.toString(), mailbox.toString());
        TestUsers.TestUser colleague = TestUsers.create(port, "SALES", null);
        String someone = "someone-" + tag + "@customer.test";
        UUID someoneId = admin.createContact(contact("Someone " + tag).email(someone));
        assertThat(colleague.api().get("/api/v1/emails/mailboxes").expect(200).body())
                .contains(mailbox.toString())
                .doesNotContain(personal.toString());
        assertThat(colleague
                        .api()
                        .post(
                                "/api/v1/emails",
                                "{\"mailboxId\":\"" + personal + "\",\"to\":[\"" + someone + "\"],"
                                        + "\"subject\":\"Hi\",\"body\":\"Hello\"}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("mailboxId");
        assertThat(admin.get("/api/v1/activities?contactId=" + someoneId)
                        .expect(200)
                        .body())
                .doesNotContain("\"channel\":\"email\"");
        admin.delete("/api/v1/users/" + sales.id()).expect(204);
        JsonNode orphan = waitFor(
                "/api/v1/mailboxes/" + personal,
                json -> json.get("lastError").isString()
                        && json.get("lastError").asString().contains("owner"));
        assertThat(orphan.get("lastError").asString()).contains("no longer an active user");
    }

    @Test
    void anEmailWhoseSmtpServerIsDownIsRetriedAndSentOnceTheServerIsRight() throws Exception {
        String frank = "frank-" + tag + "@customer.test";
        UUID contact = admin.createContact(contact("Frank " + tag).email(frank));
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        admin.patch("/api/v1/mailboxes/" + mailbox, "{\"smtpPort\":" + closed + "}")
                .expect(200);

        UUID emailId = admin.post(
                        "/api/v1/emails",
                        "{\"mailboxId\":\"" + mailbox + "\",\"to\":[\"" + frank + "\"],\"subject\":\"Invoice " + tag
                                + "\",\"body\":\"Attached.\"}")
                .expect(202)
                .id();
        JsonNode failed = waitFor(
                "/api/v1/activities/" + emailId,
                json -> json.get("email").get("status").asString().equals("retrying"));
        assertThat(failed.get("email").get("error").asString()).isNotBlank();
        assertThat(failed.get("email").get("attempts").asInt()).isEqualTo(1);
        assertThat(Instant.parse(failed.get("email").get("nextAttemptAt").asString()))
                .isAfter(Instant.now());

        admin.patch(
                        "/api/v1/mailboxes/" + mailbox,
                        "{\"smtpPort\":" + MAIL.getSmtp().getPort() + "}")
                .expect(200);
        admin.post("/api/v1/emails/" + emailId + "/retry", "").expect(202);
        waitFor(
                "/api/v1/activities/" + emailId,
                json -> json.get("email").get("status").asString().equals("sent"));
        assertThat(contact).isNotNull();

        admin.patch("/api/v1/mailboxes/" + mailbox, "{\"smtpPort\":" + closed + "}")
                .expect(200);
        UUID stranded = admin.post(
                        "/api/v1/emails",
                        "{\"mailboxId\":\"" + mailbox + "\",\"to\":[\"" + frank + "\"],\"subject\":\"Reminder " + tag
                                + "\",\"body\":\"Still open.\"}")
                .expect(202)
                .id();
        waitFor(
                "/api/v1/activities/" + stranded,
                json -> json.get("email").get("status").asString().equals("retrying"));
        admin.delete("/api/v1/mailboxes/" + mailbox).expect(204);
        JsonNode abandoned =
                admin.get("/api/v1/activities/" + stranded).expect(200).json();
        assertThat(abandoned.get("email").get("status").asString()).isEqualTo("failed");
        assertThat(abandoned.get("email").get("error").asString()).contains("mailbox it was to go through was deleted");

        assertThat(admin.post(
                                "/api/v1/emails",
                                "{\"mailboxId\":\"" + mailbox + "\",\"to\":[\"not an address\"],\"subject\":\""
                                        + "{{contact.shoeSize}}\",\"body\":\"\"}")
                        .expectProblem(400)
                        .errorFields())
                .contains("to", "subject", "body");
    }

    @Test
    void aTaskReminderIsAlsoEmailedToTheAssigneeThroughTheSharedMailbox() throws Exception {
        String title = "Reminder by email " + tag;
        admin.post(
                        "/api/v1/tasks",
                        "{\"title\":\"" + title + "\",\"dueAt\":\""
                                + Instant.now().plusSeconds(1) + "\"}")
                .expect(201);
        MimeMessage reminder = await().alias("the reminder email")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> Arrays.stream(MAIL.getReceivedMessages())
                                .filter(message -> has(message, "Due: " + title))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo(TestUsers.ADMIN_EMAIL);
    }

    private UUID createMailbox(String address, String password, int smtpPort, boolean autoCreate) {
        return admin.post(
                        "/api/v1/mailboxes",
                        "{\"name\":\"Inbox " + address + "\",\"address\":\"" + address
                                + "\",\"imapHost\":\"127.0.0.1\","
                                + "\"imapPort\":" + MAIL.getImap().getPort() + ",\"imapSecurity\":\"none\","
                                + "\"smtpHost\":\"127.0.0.1\",\"smtpPort\":" + smtpPort + ",\"smtpSecurity\":\"none\","
                                + "\"username\":\"" + address + "\",\"password\":\"" + password + "\","
                                + "\"pollSeconds\":1,\"autoCreateContacts\":" + autoCreate + "}")
                .expect(201)
                .id();
    }

    private static MimeMessage message(String from, String to, String subject) throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setHeader("Subject", subject);
        message.setSentDate(new java.util.Date());
        return message;
    }

    private static boolean has(MimeMessage message, String subject) {
        try {
            return subject.equals(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private int emailsOf(UUID contact) {
        return admin.get("/api/v1/activities?contactId=" + contact + "&channel=email")
                .expect(200)
                .json()
                .get("items")
                .size();
    }

    private JsonNode waitForEmail(UUID contact, String subject) {
        JsonNode items = waitFor(
                        "/api/v1/activities?contactId=" + contact + "&channel=email",
                        json -> json.get("items").findValuesAsString("subject").contains(subject))
                .get("items");
        for (JsonNode item : items) {
            if (subject.equals(item.get("subject").asString())) {
                return item;
            }
        }
        throw new AssertionError(subject);
    }

    private JsonNode waitFor(String path, Predicate<JsonNode> done) {
        return await().alias("GET " + path)
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> admin.get(path).expect(200).json(), done);
    }
}
