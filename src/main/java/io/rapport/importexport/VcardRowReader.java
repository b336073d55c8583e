package io.rapport.importexport;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;
import ezvcard.util.PartialDate;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The contacts of a vCard (.vcf) file, versions 2.1, 3.0 and 4.0, one row per card under fixed headers. The file
 * is read one card at a time ({@code VCardReader.readNext()}, not {@code Ezvcard.parse(...).all()}, which holds
 * every card), so an address book of any size takes the same memory. Properties without a column (X-SOCIALPROFILE,
 * X-ABLabel, PHOTO...) are ignored.
 */
final class VcardRowReader implements RowReader {

    static final List<String> HEADERS = List.of(
            "Full Name",
            "First Name",
            "Last Name",
            "Email 1",
            "Email 2",
            "Email 3",
            "Phone 1",
            "Phone 2",
            "Phone 3",
            "Organization",
            "Title",
            "Street",
            "City",
            "Region",
            "Postal Code",
            "Country",
            "Birthday",
            "Website",
            "Categories",
            "Note",
            "UID");

    private final CountingInputStream in;
    private final VCardReader reader;
    private final long size;
    private VCard pending;

    /**
     * @param charset how the file's bytes are text: UTF-8 for vCard 3.0 and 4.0, often Windows-1252 for 2.1; also
     *     the charset of quoted-printable values that name none
     */
    VcardRowReader(Path file, Charset charset) throws IOException {
        size = Files.size(file);
        in = new CountingInputStream(Files.newInputStream(file));
        BufferedReader text = new BufferedReader(new InputStreamReader(in, charset));
        reader = new VCardReader(text);
        reader.setDefaultQuotedPrintableCharset(charset);
        try {
            skipByteOrderMark(text);
            pending = reader.readNext();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        if (pending == null) {
            reader.close();
            throw new IOException("no vCard found in the file");
        }
    }

    @Override
    public List<String> headers() {
        return HEADERS;
    }

    @Override
    public List<String> next() throws IOException {
        VCard card = pending != null ? pending : reader.readNext();
        pending = null;
        return card == null ? null : row(card);
    }

    @Override
    public double progress() {
        return size > 0 ? Math.min(1, (double) in.count / size) : -1;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static List<String> row(VCard card) {
        StructuredName name = card.getStructuredName();
        Organization org = card.getOrganization();
        List<String> categories = new ArrayList<>();
        for (Categories property : card.getCategoriesList()) {
            categories.addAll(property.getValues());
        }
        List<String> row = new ArrayList<>(HEADERS.size());
        row.add(text(card.getFormattedName()));
        row.add(name == null ? "" : blank(name.getGiven()));
        row.add(name == null ? "" : blank(name.getFamily()));
        row.addAll(first(3, card.getEmails(), Email::getValue));
        row.addAll(first(3, card.getTelephoneNumbers(), VcardRowReader::number));
        row.add(
                org == null || org.getValues().isEmpty()
                        ? ""
                        : blank(org.getValues().get(0)));
        row.add(firstText(card.getTitles()));
        row.addAll(address(card.getAddresses()));
        row.add(birthday(card.getBirthday()));
        row.add(firstText(card.getUrls()));
        row.add(String.join(", ", categories));
        row.add(firstText(card.getNotes()));
        row.add(text(card.getUid()));
        return row;
    }

    /** Street, city, region, postal code and country of the first address. */
    private static List<String> address(List<Address> addresses) {
        if (addresses.isEmpty()) {
            return List.of("", "", "", "", "");
        }
        Address address = addresses.get(0);
        return Stream.of(
                        address.getStreetAddressFull(),
                        address.getLocality(),
                        address.getRegion(),
                        address.getPostalCode(),
                        address.getCountry())
                .map(VcardRowReader::blank)
                .toList();
    }

    /** The text of a TEL, or the number of a 4.0 {@code tel:} URI. */
    private static String number(Telephone tel) {
        if (tel.getText() != null) {
            return tel.getText();
        }
        return tel.getUri() == null ? "" : blank(tel.getUri().getNumber());
    }

    /** ISO yyyy-MM-dd, or blank when the year is missing or an Apple placeholder (X-APPLE-OMIT-YEAR). */
    private static String birthday(Birthday bday) {
        if (bday == null) {
            return "";
        }
        Temporal date = bday.getDate();
        if (date != null && date.isSupported(ChronoField.EPOCH_DAY)) {
            LocalDate day = LocalDate.from(date);
            String omitted = bday.getParameter("X-APPLE-OMIT-YEAR");
            return String.valueOf(day.getYear()).equals(omitted) ? "" : day.toString();
        }
        PartialDate partial = bday.getPartialDate();
        if (partial != null && partial.getYear() != null && partial.getMonth() != null && partial.getDate() != null) {
            try {
                return LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate())
                        .toString();
            } catch (DateTimeException e) {
                return ""; // such as February 30
            }
        }
        return "";
    }

    /** Skips the byte order mark Windows tools write first, which ez-vcard would take for text before BEGIN. */
    private static void skipByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    private static <T> List<String> first(int n, List<T> values, Function<T, String> text) {
        List<String> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cells.add(i < values.size() ? blank(text.apply(values.get(i))) : "");
        }
        return cells;
    }

    private static String firstText(List<? extends TextProperty> properties) {
        return properties.isEmpty() ? "" : text(properties.get(0));
    }

    private static String text(TextProperty property) {
        return property == null ? "" : blank(property.getValue());
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** Counts the bytes read from the file, for the progress. */
    private static final class CountingInputStream extends FilterInputStream {

        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
