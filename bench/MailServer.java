import com.icegreen.greenmail.foedus.util.MsgRangeFilter;
import com.icegreen.greenmail.imap.commands.IdRange;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.store.StoredMessageCollection;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The mail server of bench/mail.sh: GreenMail with SMTP and IMAP on 127.0.0.1, one user (team@bench.test, password
 * "secret") whose INBOX is filled with COUNT generated messages before it says "ready COUNT", then it serves until
 * killed. Run from the repository with GreenMail's standalone jar (com.icegreen:greenmail-standalone:2.1.8):
 *
 *   java -cp greenmail-standalone-2.1.8.jar bench/MailServer.java SMTP_PORT IMAP_PORT COUNT CONTACTS [FILE]
 *   java -cp greenmail-standalone-2.1.8.jar bench/MailServer.java read IMAP_PORT
 *
 * FILE, when given, gets the customers the mail comes from, one a line: email, first name, last name (tab-separated).
 * The second form is a bare IMAP client, the reference figure for the benchmark: it reads the whole INBOX the way
 * Rapport's fetcher does (UIDs from 1, whole messages in FETCHes of 100, each downloaded and parsed again from
 * its source, its parts walked) and prints how many messages per second the server and Jakarta Mail manage alone.
 *
 * Message N (0-based) comes from customerK@bench.test, K = N mod CONTACTS, with a name, to the team address, with
 * its own Message-ID and a date (spread over the last 60 days, oldest first). Its body is 1 to 5 KB of text, two
 * messages in three as multipart/alternative with an HTML version; every 10th carries a 20-50 KB attachment (a PDF
 * or a CSV); one in five is a reply (In-Reply-To and References) to the same customer's previous message, or, for a
 * customer's first message, to a message the team sent from elsewhere (unknown here, so a thread of its own). The
 * replies rotate over a customer's messages: with the defaults each customer has 20 messages in 16 threads.
 * Everything is drawn from a fixed seed, so every run delivers the same mail.
 *
 * GreenMail as it comes is quadratic in the size of a folder for every FETCH: FetchCommand walks every message of
 * the folder and looks each one's sequence number up (ImapSessionFolder.getMsn), and each look-up copies all the
 * folder's UIDs out of a synchronized list first. With 10 000 messages in the INBOX a FETCH of 100 messages cost
 * seconds of CPU, and a bare client had not read 10 000 messages after four minutes (under 40 a second): the
 * benchmark would have measured GreenMail. So the INBOX's message list is wrapped ({@link CachedUids}) to keep its
 * UIDs in an array made once per change of the folder; what is left (a scan of that array per message per FETCH)
 * costs GreenMail tens of milliseconds per FETCH (0.7 ms of CPU per message in all), and the benchmark reports
 * GreenMail's CPU time apart.
 */
public class MailServer {

    static final String TEAM = "team@bench.test";
    static final String PASSWORD = "secret";

    static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Linus",
        "Ken", "Frances", "Tim", "John", "Radia", "Niklaus", "Sophie", "Ole", "Ingrid", "Kari", "Lars", "Astrid"};
    static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton",
        "Torvalds", "Thompson", "Allen", "Berners-Lee", "Backus", "Perlman", "Wirth", "Wilson", "Dahl", "Nygaard",
        "Hansen", "Berg", "Lindqvist", "Øverland", "Sørensen", "Müller"};
    static final String[] TOPICS = {"Invoice %d for October", "Question about order #%d", "Renewal of contract %d",
        "Meeting next week (ref. %d)", "Delivery of shipment %d delayed?", "Price list %d", "Support case %d: login fails",
        "Quote request %d", "Feedback on the demo (%d)", "Change of address, customer %d", "Onboarding plan %d",
        "Re-scheduling our call %d"};
    static final String[] WORDS = ("the a we our your invoice order delivery contract meeting week price team "
            + "thanks please attached as discussed could would should next update question regarding customer "
            + "support account payment due date project plan schedule call tomorrow Monday Friday confirm received "
            + "shipment quote discount renewal terms agreement details information about with for from into "
            + "after before since still also already soon possible best regards kind hello office report budget "
            + "quarter numbers figures review approve signed copy version draft final changes request license "
            + "users seats training onboarding migration data export import issue ticket problem solution").split(" ");

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("read")) {
            read(Integer.parseInt(args[1]));
            return;
        }
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: MailServer SMTP_PORT IMAP_PORT COUNT CONTACTS [FILE] | MailServer read IMAP_PORT");
            System.exit(2);
        }
        int smtpPort = Integer.parseInt(args[0]);
        int imapPort = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int contacts = Integer.parseInt(args[3]);
        if (args.length == 5) {
            StringBuilder lines = new StringBuilder();
            for (int customer = 0; customer < contacts; customer++) {
                String[] name = name(customer).split(" ", 2);
                lines.append("customer").append(customer).append("@bench.test\t").append(name[0]).append('\t')
                        .append(name[1]).append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[4]), lines);
        }

        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        GreenMailUser user = greenMail.setUser(TEAM, TEAM, PASSWORD);
        MailFolder folder = greenMail.getManagers().getImapHostManager().getInbox(user);
        Field messages = folder.getClass().getDeclaredField("mailMessages");
        messages.setAccessible(true);
        messages.set(folder, new CachedUids((StoredMessageCollection) messages.get(folder)));

        Session session = Session.getInstance(new Properties());
        long started = System.nanoTime();
        Instant first = Instant.now().minus(Duration.ofDays(60));
        long step = Duration.ofDays(60).toMillis() / Math.max(1, count);
        String[] ids = new String[count];
        String[] subjects = new String[count];
        long bytes = 0;
        int replies = 0;
        int threaded = 0;
        int attachments = 0;
        int alternative = 0;
        for (int n = 0; n < count; n++) {
            Random random = new Random(1_000_003L * n + 7);
            int customer = n % contacts;
            boolean reply = (n + n / contacts) % 5 == 4;
            boolean html = n % 3 != 0;
            boolean attachment = n % 10 == 9;
            ids[n] = "<bench." + n + "." + Long.toString(n * 7919L + 104729L, 36) + "@mail.bench.test>";

            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("customer" + customer + "@bench.test", name(customer), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(TEAM, "Rapport Team"));
            message.setSentDate(Date.from(first.plusMillis(step * n)));
            String subject;
            if (reply) {
                replies++;
                String parent;
                if (n >= contacts) {
                    threaded++;
                    parent = ids[n - contacts];
                    subject = subjects[n - contacts].startsWith("Re: ")
                            ? subjects[n - contacts] : "Re: " + subjects[n - contacts];
                } else {
                    parent = "<team." + n + "@elsewhere.bench.test>";
                    subject = "Re: " + String.format(TOPICS[random.nextInt(TOPICS.length)], 1000 + n);
                }
                message.setHeader("In-Reply-To", parent);
                message.setHeader("References", parent);
            } else {
                subject = String.format(TOPICS[random.nextInt(TOPICS.length)], 1000 + n);
            }
            subjects[n] = subject;
            message.setSubject(subject, "UTF-8");
            message.setHeader("X-Mailer", "bench/MailServer.java");

            List<String> paragraphs = paragraphs(random, 1024 + random.nextInt(4 * 1024), customer);
            String plain = String.join("\n\n", paragraphs) + "\n";
            MimeMultipart both = null;
            if (html) {
                alternative++;
                MimeBodyPart text = new MimeBodyPart();
                text.setText(plain, "UTF-8");
                MimeBodyPart rich = new MimeBodyPart();
                rich.setContent(html(paragraphs), "text/html; charset=UTF-8");
                both = new MimeMultipart("alternative", text, rich);
            }
            if (attachment) {
                attachments++;
                MimeBodyPart body = new MimeBodyPart();
                if (both != null) {
                    body.setContent(both);
                } else {
                    body.setText(plain, "UTF-8");
                }
                message.setContent(new MimeMultipart("mixed", body, attachment(random, n)));
            } else if (both != null) {
                message.setContent(both);
            } else {
                message.setText(plain, "UTF-8");
            }
            message.setHeader("Message-ID", ids[n]);
            message.saveChanges();
            message.setHeader("Message-ID", ids[n]); // saveChanges() makes its own
            ByteArrayOutputStream source = new ByteArrayOutputStream();
            message.writeTo(source);
            bytes += source.size();
            user.deliver(message);
        }
        System.out.printf("delivered %d messages (%.1f MB, %d multipart/alternative, %d with an attachment, %d replies,"
                        + " %d of them to an earlier message here) in %.1f s; threads expected: %d%n",
                count, bytes / 1048576.0, alternative, attachments, replies, threaded,
                (System.nanoTime() - started) / 1e9, count - threaded);
        System.out.println("ready " + count);
        System.out.flush();
        Thread.currentThread().join();
    }

    static String name(int customer) {
        return FIRST[customer % FIRST.length] + " " + LAST[(customer / FIRST.length + customer) % LAST.length];
    }

    static List<String> paragraphs(Random random, int size, int customer) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Hello,");
        int length = 7;
        String closing = "Best regards,\n" + name(customer) + "\nBench Customer " + customer + " AS\n+47 22 00 "
                + String.format("%02d %02d", customer / 100 % 100, customer % 100);
        while (length < size - closing.length()) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int words = 6 + random.nextInt(14);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    if (w == 0) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    paragraph.append(word).append(w == words - 1 ? (random.nextInt(6) == 0 ? "? " : ". ") : " ");
                }
            }
            String text = paragraph.toString().trim();
            paragraphs.add(text);
            length += text.length() + 2;
        }
        paragraphs.add(closing);
        return paragraphs;
    }

    static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                + "body{font-family:Arial,sans-serif;font-size:14px;color:#222}p{margin:0 0 12px}"
                + ".sig{color:#666;font-size:12px}</style></head><body>\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>");
            html.append(i == paragraphs.size() - 1 ? "<p class=\"sig\">" : "<p>").append(p).append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    static MimeBodyPart attachment(Random random, int n) throws Exception {
        int size = 20 * 1024 + random.nextInt(30 * 1024);
        MimeBodyPart file = new MimeBodyPart();
        if (n % 20 == 9) {
            StringBuilder csv = new StringBuilder("line,item,quantity,unit price,total\n");
            for (int line = 1; csv.length() < size; line++) {
                int quantity = 1 + random.nextInt(50);
                int price = 10 + random.nextInt(990);
                csv.append(line).append(",Item ").append(random.nextInt(10_000)).append(',').append(quantity)
                        .append(',').append(price).append(".00,").append(quantity * price).append(".00\n");
            }
            file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(
                    csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")));
            file.setFileName("order-" + (1000 + n) + ".csv");
        } else {
            byte[] pdf = new byte[size];
            random.nextBytes(pdf);
            byte[] head = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(head, 0, pdf, 0, head.length);
            file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            file.setFileName("invoice-" + (1000 + n) + ".pdf");
        }
        file.setDisposition(Part.ATTACHMENT);
        return file;
    }

    /**
     * GreenMail's message list with its UIDs kept in an array, made again only after the folder changed (GreenMail
     * reads that array and never writes to it), and sequence numbers found by binary search (UIDs only grow).
     * Synchronized, so an array made while the folder changes is never kept.
     */
    static final class CachedUids implements StoredMessageCollection {

        private final StoredMessageCollection messages;
        private long[] uids;

        CachedUids(StoredMessageCollection messages) {
            this.messages = messages;
        }

        @Override
        public synchronized long[] getMessageUids() {
            if (uids == null) {
                uids = messages.getMessageUids();
            }
            return uids;
        }

        @Override
        public int getMsn(long uid) throws FolderException {
            int at = Arrays.binarySearch(getMessageUids(), uid);
            return at >= 0 ? at + 1 : messages.getMsn(uid);
        }

        @Override
        public synchronized void add(StoredMessage message) {
            messages.add(message);
            uids = null;
        }

        @Override
        public synchronized StoredMessage remove(long uid) {
            uids = null;
            return messages.remove(uid);
        }

        @Override
        public synchronized void clear() {
            messages.clear();
            uids = null;
        }

        @Override
        public synchronized void expunge(List<FolderListener> listeners) {
            messages.expunge(listeners);
            uids = null;
        }

        @Override
        public synchronized void expunge(List<FolderListener> listeners, IdRange[] ranges) {
            messages.expunge(listeners, ranges);
            uids = null;
        }

        @Override
        public int size() {
            return messages.size();
        }

        @Override
        public int getFirstUnseen() {
            return messages.getFirstUnseen();
        }

        @Override
        public List<StoredMessage> getMessages(MsgRangeFilter range) {
            return messages.getMessages(range);
        }

        @Override
        public List<StoredMessage> getMessages() {
            return messages.getMessages();
        }

        @Override
        public StoredMessage get(int index) {
            return messages.get(index);
        }

        @Override
        public Iterator<StoredMessage> iterator() {
            return messages.iterator();
        }
    }

    /** The bare reading of the INBOX, as Rapport's fetcher does it, without Rapport. */
    static void read(int imapPort) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.partialfetch", "false");
        properties.put("mail.imap.fetchsize", "1048576");
        Session session = Session.getInstance(properties);
        long started = System.nanoTime();
        long bytes = 0;
        int count = 0;
        int parts = 0;
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, TEAM, PASSWORD);
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] all = inbox.getMessagesByUID(1, UIDFolder.LASTUID);
            for (int start = 0; start < all.length; start += 100) {
                Message[] batch = Arrays.copyOfRange(all, start, Math.min(all.length, start + 100));
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
                inbox.fetch(batch, profile);
                for (Message message : batch) {
                    ByteArrayOutputStream source = new ByteArrayOutputStream();
                    message.writeTo(source);
                    bytes += source.size();
                    MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(source.toByteArray()));
                    parts += walk(parsed);
                    count++;
                }
            }
            inbox.close(false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("read %d messages (%.1f MB, %d parts) in %.1f s: %.0f messages/s%n",
                count, bytes / 1048576.0, parts, seconds, count / seconds);
    }

    static int walk(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            int parts = 0;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                parts += walk(child);
            }
            return parts;
        }
        if (content instanceof java.io.InputStream in) {
            in.readAllBytes();
        }
        return 1;
    }
}
