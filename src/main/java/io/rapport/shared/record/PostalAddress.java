package io.rapport.shared.record;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A postal address as records keep it, in columns {@code street}, {@code postal_code}, {@code city},
 * {@code region} and {@code country} (ISO 3166 alpha-2, normalised before it is stored).
 */
@Embeddable
public record PostalAddress(
        String street, @Column(name = "postal_code") String postalCode, String city, String region, String country) {

    /** The address's fields in order, as exports and API documents list them. */
    public static final List<String> FIELDS = List.of("street", "postalCode", "city", "region", "country");

    public static final PostalAddress NONE = new PostalAddress(null, null, null, null, null);

    /** The values under {@link #FIELDS}, in order. */
    public List<String> values() {
        return Arrays.asList(street, postalCode, city, region, country);
    }

    /** Adds the fields to a record's snapshot, for the audit trail. */
    public Map<String, Object> addTo(Map<String, Object> fields) {
        List<String> values = values();
        for (int i = 0; i < FIELDS.size(); i++) {
            fields.put(FIELDS.get(i), values.get(i));
        }
        return fields;
    }

    /** The lines a page shows: the street, the postal code and city, the region and country. */
    public List<String> lines() {
        return Arrays.asList(street, joined(postalCode, city), joined(region, country)).stream()
                .filter(line -> line != null && !line.isBlank())
                .toList();
    }

    private static String joined(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }
}
