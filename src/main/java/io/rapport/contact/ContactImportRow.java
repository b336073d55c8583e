package io.rapport.contact;

import io.rapport.company.CompanyReference;
import io.rapport.customfield.FieldDefinition;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.imports.ImportField;
import io.rapport.shared.imports.ImportRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An imported row read as a contact: the fields a column can map to (with the headers other CRMs and address books
 * export them under) and the reading of cells into a {@link ContactInput}, before the checks every input gets.
 *
 * @param input the contact as the row gives it, not yet normalised
 * @param company the company the row names, or null
 * @param problems cells that could not be read (a date, a lifecycle stage)
 */
record ContactImportRow(
        long number, ContactInput input, CompanyReference company, String externalId, List<FieldProblem> problems) {

    static final String FULL_NAME = "fullName";
    static final String COMPANY_NAME = "companyName";
    static final String COMPANY_WEBSITE = "companyWebsite";
    static final String EXTERNAL_ID = "externalId";

    /** The fixed fields, with the headers of HubSpot, Salesforce, Zoho, Google Contacts and Outlook exports. */
    static final List<ImportField> FIELDS = List.of(
            single("firstName", "First name", "First Name", "Given Name", "FirstName", "first_name", "Forename"),
            single("lastName", "Last name", "Last Name", "Family Name", "Surname", "LastName", "last_name"),
            single(FULL_NAME, "Full name", "Name", "Full Name", "Contact Name", "Display Name", "FN"),
            multiple(
                    "email",
                    "Email",
                    "Email Address",
                    "E-mail Address",
                    "E-mail 2 Address",
                    "E-mail 3 Address",
                    "E-mail 1 - Value",
                    "E-mail 2 - Value",
                    "E-mail 3 - Value",
                    "Email 1",
                    "Email 2",
                    "Email 3",
                    "Secondary Email",
                    "Work Email",
                    "Personal Email",
                    "Primary Email",
                    "Emails"),
            multiple(
                    "phone",
                    "Phone",
                    "Phone Number",
                    "Mobile",
                    "Mobile Phone",
                    "Mobile Phone Number",
                    "Business Phone",
                    "Business Phone 2",
                    "Home Phone",
                    "Home Phone 2",
                    "Other Phone",
                    "Primary Phone",
                    "Work Phone",
                    "Phone 1 - Value",
                    "Phone 2 - Value",
                    "Phone 3 - Value",
                    "Phone 1",
                    "Phone 2",
                    "Phone 3",
                    "Phones"),
            single("jobTitle", "Job title", "Job Title", "Title", "Organization 1 - Title", "Position", "Role"),
            single(
                    COMPANY_NAME,
                    "Company",
                    "Company Name",
                    "Account Name",
                    "Organization",
                    "Organization 1 - Name",
                    "Organization Name",
                    "Associated Company"),
            single(
                    COMPANY_WEBSITE,
                    "Company website or domain",
                    "Website",
                    "Website URL",
                    "Company Domain Name",
                    "Web Page",
                    "Website 1 - Value",
                    "Domain",
                    "Business Web Page"),
            single(
                    "street",
                    "Street",
                    "Street Address",
                    "Mailing Street",
                    "Business Street",
                    "Address 1 - Street",
                    "Address",
                    "Home Street"),
            single(
                    "postalCode",
                    "Postal code",
                    "Postal Code",
                    "Zip",
                    "Zip Code",
                    "Mailing Zip/Postal Code",
                    "Mailing Zip",
                    "Business Postal Code",
                    "Address 1 - Postal Code",
                    "Postcode",
                    "Home Postal Code"),
            single("city", "City", "Mailing City", "Business City", "Address 1 - City", "Town", "Home City"),
            single(
                    "region",
                    "Region",
                    "State/Region",
                    "State",
                    "Mailing State/Province",
                    "Mailing State",
                    "Business State",
                    "Address 1 - Region",
                    "Province",
                    "County",
                    "Home State"),
            single(
                    "country",
                    "Country",
                    "Country/Region",
                    "Mailing Country",
                    "Business Country/Region",
                    "Address 1 - Country",
                    "Home Country/Region",
                    "Land"),
            single("birthDate", "Birth date", "Birthday", "Birthdate", "Date of Birth", "DOB"),
            single("gender", "Gender", "Sex"),
            single("profession", "Profession", "Industry", "Occupation"),
            single("source", "Source", "Lead Source", "Original Source", "Contact Source"),
            single("lifecycleStage", "Lifecycle stage", "Lifecycle Stage", "Stage", "Lifecycle", "Lead Status"),
            multiple("tags", "Tags", "Labels", "Categories", "Group Membership", "Tag"),
            single(
                    EXTERNAL_ID,
                    "External id",
                    "External ID",
                    "Record ID",
                    "Contact ID",
                    "Record Id",
                    "ID",
                    "UID",
                    "Contact Id"));

    /** Several values in one cell: Google's " ::: ", semicolons, and for emails and tags also commas. */
    private static final Pattern GOOGLE_OR_SEMICOLON = Pattern.compile("\\s*:::\\s*|\\s*;\\s*");

    private static final Pattern ANY_LIST = Pattern.compile("\\s*:::\\s*|\\s*[;,]\\s*");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("uuuuMMdd"));

    static List<ImportField> fields(List<FieldDefinition> customFields) {
        List<ImportField> fields = new ArrayList<>(FIELDS);
        customFields.forEach(field -> fields.add(field.importField()));
        return fields;
    }

    /** Reads a mapped row; what cannot be read is a problem and the field stays empty. */
    static ContactImportRow of(ImportRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        String firstName = row.first("firstName");
        String lastName = row.first("lastName");
        String fullName = row.first(FULL_NAME);
        if (firstName == null && lastName == null && fullName != null) {
            String[] names = splitFullName(fullName);
            firstName = names[0];
            lastName = names[1];
        }
        List<String> emails = split(row.all("email"), ANY_LIST);
        List<String> phones = split(row.all("phone"), GOOGLE_OR_SEMICOLON);
        ContactInput input = new ContactInput(
                firstName,
                lastName,
                emails.isEmpty() ? null : emails.get(0),
                emails,
                phones.isEmpty() ? null : phones.get(0),
                phones,
                row.first("jobTitle"),
                null,
                row.first("street"),
                row.first("postalCode"),
                row.first("city"),
                row.first("region"),
                row.first("country"),
                date(row.first("birthDate"), problems),
                row.first("gender"),
                row.first("profession"),
                row.first("source"),
                stage(row.first("lifecycleStage"), problems),
                null,
                split(row.all("tags"), ANY_LIST).stream()
                        .filter(tag -> !tag.startsWith("*"))
                        .toList(),
                row.customValues());
        return new ContactImportRow(
                row.number(),
                input,
                CompanyReference.of(row.first(COMPANY_NAME), row.first(COMPANY_WEBSITE)),
                row.first(EXTERNAL_ID),
                problems);
    }

    /** "Ada Lovelace" and "Lovelace, Ada" give first and last name; a single word is a last name. */
    static String[] splitFullName(String fullName) {
        String name = fullName.strip().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new String[] {
                name.substring(comma + 1).strip(), name.substring(0, comma).strip()
            };
        }
        int space = name.lastIndexOf(' ');
        return space < 0
                ? new String[] {null, name}
                : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    private static List<String> split(List<String> cells, Pattern separators) {
        List<String> values = new ArrayList<>();
        for (String cell : cells) {
            for (String value : separators.split(cell.strip())) {
                if (!value.isBlank() && !values.contains(value)) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static LocalDate date(String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        String date = text.strip();
        // Spreadsheets export a date cell as a date-time at midnight.
        int time = date.indexOf('T') > 0 ? date.indexOf('T') : date.indexOf(' ');
        if (time > 0) {
            date = date.substring(0, time);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(date, format);
            } catch (DateTimeParseException e) {
                // the next format may read it
            }
        }
        problems.add(
                new FieldProblem("birthDate", "'" + text + "' is not a date (YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY)"));
        return null;
    }

    /** Lifecycle stages by code, HubSpot's qualified leads as leads; blank is a lead. */
    private static LifecycleStage stage(String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (code.endsWith("qualifiedlead") || code.equals("mql") || code.equals("sql") || code.equals("new")) {
            return LifecycleStage.LEAD;
        }
        return Arrays.stream(LifecycleStage.values())
                .filter(stage -> stage.code().equals(code))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(new FieldProblem("lifecycleStage", "'" + text + "' is not a lifecycle stage"));
                    return null;
                });
    }

    private static ImportField single(String name, String label, String... aliases) {
        return new ImportField(name, label, false, List.of(aliases));
    }

    private static ImportField multiple(String name, String label, String... aliases) {
        return new ImportField(name, label, true, List.of(aliases));
    }
}
