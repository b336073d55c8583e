package io.rapport.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MIME message into what the timeline needs: addresses, subject, ids for threading, the plain text and
 * the HTML (cleaned), attachments and inline images. Mail in the wild breaks the rules, so every step has a
 * lenient way out: a bad address header is searched for addresses, an unknown charset is read as Windows-1252,
 * a broken structure keeps the raw source as text and says so in {@code problem}.
 */
final class MessageParser {

    /** More raw text than this is cut when a message cannot be read as MIME. */
    private static final int RAW_LIMIT = 1024 * 1024;

    private static final Pattern ADDRESS =
            Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+\\.[a-zA-Z]{2,}");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern FORWARDED_FROM =
            Pattern.compile("(?m)^\\s*(?:>\\s*)?(?:From|Von|De|Van|Da):\\s*(.+)$");

    private MessageParser() {}

    static ParsedEmail parse(MimeMessage message) throws MessagingException {
        Body body = new Body();
        String problem = null;
        try {
            body.walk(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            problem = "the message's parts could not be read (" + e.getMessage() + "); kept as raw text";
            body = new Body();
            body.text = raw(message);
        }
        String text = body.text;
        String html = body.html == null ? null : EmailHtml.clean(body.html);
        if (text == null && html != null) {
            text = EmailHtml.text(html);
        }
        List<MailAddress> from = addresses(message, "From");
        if (from.isEmpty()) {
            from = addresses(message, "Sender");
        }
        String subject = subject(message);
        List<MailAddress> forwarded = new ArrayList<>(body.forwardedFrom);
        if (subject != null && subject.matches("(?i)^\\s*(fwd?|wg|tr|rv)\\s*:.*") && text != null) {
            forwarded.addAll(forwardedSenders(text));
        }
        List<String> inReplyTo = ids(header(message, "In-Reply-To"));
        return new ParsedEmail(
                ids(header(message, "Message-ID")).stream().findFirst().orElse(null),
                inReplyTo.isEmpty() ? null : inReplyTo.get(0),
                ids(header(message, "References")),
                from.isEmpty() ? null : from.get(0),
                addresses(message, "To"),
                addresses(message, "Cc"),
                forwarded,
                subject,
                sentAt(message),
                text,
                html,
                body.attachments,
                problem);
    }

    /** A message that could not be read at all: its source kept as text, the reason as its problem. */
    static ParsedEmail unreadable(byte[] source, String reason) {
        return new ParsedEmail(
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                new String(source, 0, Math.min(source.length, RAW_LIMIT), StandardCharsets.UTF_8),
                null,
                List.of(),
                "the message could not be read (" + reason + "); kept as raw text");
    }

    /** The addresses of a header, read leniently; when that finds none, whatever looks like an address. */
    static List<MailAddress> addresses(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        Set<MailAddress> found = new LinkedHashSet<>();
        try {
            for (InternetAddress address : InternetAddress.parseHeader(header, false)) {
                add(found, address.getAddress(), address.getPersonal());
            }
        } catch (AddressException e) {
            // searched below
        }
        if (found.isEmpty()) {
            Matcher matcher = ADDRESS.matcher(header);
            while (matcher.find()) {
                add(found, matcher.group(), null);
            }
        }
        return List.copyOf(found);
    }

    private static List<MailAddress> addresses(MimeMessage message, String name) throws MessagingException {
        return addresses(header(message, name));
    }

    private static void add(Set<MailAddress> found, String address, String name) {
        if (address != null && ADDRESS.matcher(address.strip()).matches()) {
            found.add(new MailAddress(
                    address.strip().toLowerCase(Locale.ROOT), name == null || name.isBlank() ? null : name.strip()));
        }
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name, ",");
    }

    private static String subject(MimeMessage message) throws MessagingException {
        try {
            return clip(message.getSubject());
        } catch (MessagingException e) {
            return clip(header(message, "Subject"));
        }
    }

    private static String clip(String subject) {
        if (subject == null) {
            return null;
        }
        String clean = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return clean.isEmpty() ? null : clean.length() > 500 ? clean.substring(0, 500) : clean;
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            return message.getSentDate() == null ? null : message.getSentDate().toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** Message ids in angle brackets, as In-Reply-To and References hold them. */
    static List<String> ids(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        if (ids.isEmpty() && !header.isBlank() && !header.strip().contains(" ")) {
            ids.add(header.strip());
        }
        return ids;
    }

    /** The senders named in the quoted header of a message forwarded inline ("From: Name <address>"). */
    private static List<MailAddress> forwardedSenders(String text) {
        List<MailAddress> senders = new ArrayList<>();
        Matcher matcher = FORWARDED_FROM.matcher(text);
        while (matcher.find() && senders.size() < 5) {
            senders.addAll(addresses(matcher.group(1)));
        }
        return senders;
    }

    private static String raw(MimeMessage message) {
        try (InputStream in = message.getRawInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            byte[] bytes = out.toByteArray();
            return new String(bytes, 0, Math.min(bytes.length, RAW_LIMIT), StandardCharsets.UTF_8);
        } catch (MessagingException | IOException e) {
            return "";
        }
    }

    /** The readable parts of a message: the first plain text, the first HTML, the files, forwarded senders. */
    private static final class Body {
        private String text;
        private String html;
        private final List<ReceivedAttachment> attachments = new ArrayList<>();
        private final List<MailAddress> forwardedFrom = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || part.getFileName() != null;
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (part.isMimeType("text/plain") && !attached && text == null) {
                text = decode(part);
            } else if (part.isMimeType("text/html") && !attached && html == null) {
                html = decode(part);
            } else {
                if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage inner) {
                    forwardedFrom.addAll(addresses(inner, "From"));
                }
                attachments.add(new ReceivedAttachment(
                        fileName(part),
                        baseType(part),
                        contentId(part),
                        part.getInputStream().readAllBytes()));
            }
        }

        private static String disposition(Part part) {
            try {
                return part.getDisposition();
            } catch (MessagingException e) {
                return null;
            }
        }

        /** The text in its declared charset; an unknown or missing one is read as Windows-1252 or UTF-8. */
        private static String decode(Part part) throws MessagingException, IOException {
            byte[] bytes = part.getInputStream().readAllBytes();
            return new String(bytes, charset(part.getContentType()));
        }

        private static Charset charset(String contentType) {
            try {
                String declared = new ContentType(contentType).getParameter("charset");
                if (declared != null) {
                    return Charset.forName(MimeUtility.javaCharset(declared.strip()));
                }
                return StandardCharsets.UTF_8;
            } catch (ParseException | IllegalArgumentException e) {
                return Charset.forName("windows-1252");
            }
        }

        private static String baseType(Part part) throws MessagingException {
            try {
                return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            } catch (ParseException e) {
                return "application/octet-stream";
            }
        }

        private static String contentId(Part part) throws MessagingException {
            String[] ids = part.getHeader("Content-ID");
            if (ids == null || ids.length == 0) {
                return null;
            }
            List<String> found = ids(ids[0]);
            return found.isEmpty() ? null : found.get(0);
        }

        private static String fileName(Part part) throws MessagingException {
            String name;
            try {
                name = part.getFileName();
                name = name == null ? null : MimeUtility.decodeText(name);
            } catch (MessagingException | UnsupportedEncodingException e) {
                name = null;
            }
            if (name == null || name.isBlank()) {
                name = part.isMimeType("message/rfc822") ? "message.eml" : "attachment";
            }
            return name;
        }
    }
}
