package io.rapport.shared.value;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.InvalidSettingException;
import io.rapport.shared.RapportProperties;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Phone numbers read with libphonenumber into E.164 ("+4791234567"), the form duplicates are matched on. A
 * number without a country code is read in the region of the record's country, else in the default region
 * ({@code rapport.default-region}). The number as typed is kept for display by the records themselves.
 */
@Component
public class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    @Autowired
    public PhoneNumbers(RapportProperties properties) {
        this(properties.defaultRegion());
    }

    public PhoneNumbers(String defaultRegion) {
        String region = defaultRegion == null ? "" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new InvalidSettingException(
                    "rapport.default-region (RAPPORT_DEFAULT_REGION)",
                    "'" + defaultRegion + "' is not a region phone numbers are known for",
                    "set it to an ISO 3166 country code such as US, GB or NO");
        }
        this.defaultRegion = region;
    }

    /** The number in E.164, or empty when it is not a valid number (in the given country's region, if local). */
    public Optional<String> toE164(String number, String countryCode) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String region =
                countryCode != null && UTIL.getSupportedRegions().contains(countryCode) ? countryCode : defaultRegion;
        try {
            PhoneNumber parsed = UTIL.parse(number, region);
            return UTIL.isValidNumber(parsed)
                    ? Optional.of(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The number in E.164; when it cannot be read, empty, and a problem for the field that says how to fix it. */
    public Optional<String> normalise(String number, String countryCode, String field, List<FieldProblem> problems) {
        Optional<String> e164 = toE164(number, countryCode);
        if (e164.isEmpty() && number != null && !number.isBlank()) {
            problems.add(new FieldProblem(
                    field,
                    "'" + number + "' is not a valid phone number in "
                            + (countryCode == null ? defaultRegion : countryCode)
                            + "; give the country code, such as +44 20 7946 0958"));
        }
        return e164;
    }

    /** The region local numbers are read in when a record has no country. */
    public String defaultRegion() {
        return defaultRegion;
    }
}
