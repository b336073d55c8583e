package io.rapport.company;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.imports.ImportField;
import io.rapport.shared.imports.ImportRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An imported row read as a company: the fields a column can map to, with the headers HubSpot, Salesforce, Zoho
 * and others export companies and accounts under, and the reading of cells into a {@link CompanyInput}.
 *
 * @param problems cells that could not be read (a head count, a revenue)
 */
record CompanyImportRow(long number, CompanyInput input, List<FieldProblem> problems) {

    static final List<ImportField> FIELDS = List.of(
            field("name", "Name", "Company Name", "Account Name", "Company", "Organization", "Organisation"),
            field("website", "Website", "Website URL", "Company Domain Name", "Domain", "Web Page", "Web Site", "URL"),
            field("industry", "Industry", "Sector", "Business Type"),
            field("size", "Size (employees)", "Number of Employees", "Employees", "Company Size", "Size", "Headcount"),
            field("annualRevenue", "Annual revenue", "Annual Revenue", "Revenue"),
            field("phone", "Phone", "Phone Number", "Company Phone", "Main Phone", "Billing Phone"),
            field("street", "Street", "Street Address", "Billing Street", "Address", "Address 1"),
            field(
                    "postalCode",
                    "Postal code",
                    "Postal Code",
                    "Zip",
                    "Zip Code",
                    "Billing Zip/Postal Code",
                    "Billing Code"),
            field("city", "City", "Billing City", "Town"),
            field("region", "Region", "State/Region", "State", "Billing State/Province", "Billing State", "Province"),
            field("country", "Country", "Country/Region", "Billing Country"),
            new ImportField("tags", "Tags", true, List.of("Tags", "Labels", "Categories", "Tag")));

    static CompanyImportRow of(ImportRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        row.all("tags")
                .forEach(cell -> Arrays.stream(cell.split("\\s*[;,]\\s*"))
                        .filter(tag -> !tag.isBlank() && !tags.contains(tag))
                        .forEach(tags::add));
        CompanyInput input = new CompanyInput(
                row.first("name"),
                row.first("website"),
                null,
                row.first("industry"),
                size(row.first("size"), problems),
                revenue(row.first("annualRevenue"), problems),
                row.first("phone"),
                row.first("street"),
                row.first("postalCode"),
                row.first("city"),
                row.first("region"),
                row.first("country"),
                null,
                null,
                tags,
                row.customValues());
        return new CompanyImportRow(row.number(), input, problems);
    }

    /** A band label as it is, or a head count put into its band ("250" is 201-500). */
    static String size(String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        String value = text.strip().replace(" ", "");
        if (CompanySize.isLabel(value)) {
            return value;
        }
        try {
            long employees = Long.parseLong(value.replace(",", "").replace(".", ""));
            for (CompanySize size : CompanySize.values()) {
                if (size.includes(employees)) {
                    return size.label();
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("size", "'" + text + "' is neither a head count nor a band such as 51-200"));
        return null;
    }

    /** An amount with or without a currency sign and grouping ("$1,200,000.50", "1 200 000,50 kr"). */
    static BigDecimal revenue(String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9.,-]", "");
        int comma = digits.lastIndexOf(',');
        int point = digits.lastIndexOf('.');
        if (comma > point && digits.length() - comma - 1 <= 2) {
            digits = digits.replace(".", "").replace(',', '.');
        } else {
            digits = digits.replace(",", "");
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("annualRevenue", "'" + text + "' is not an amount"));
            return null;
        }
    }

    private static ImportField field(String name, String label, String... aliases) {
        return new ImportField(name, label, false, List.of(aliases));
    }
}
