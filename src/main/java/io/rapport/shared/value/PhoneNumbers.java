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

    /**
     * The number in E.164, or empty when it cannot be read. A number libphonenumber finds possible (right length
     * for its country) but not valid (a range its metadata does not know yet, or reserved, such as +44 7700 900123)
     * is taken too: the metadata lags behind new ranges, and refusing would lose a number someone really has.
     * {@link #isVerified} tells the two apart later, so the pages can mark such a number.
     */
    public Optional<String> toE164(String number, String countryCode) {
        return read(number, countryCode)
                .filter(parsed -> UTIL.isValidNumber(parsed) || UTIL.isPossibleNumber(parsed))
                .map(parsed -> UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /** The number in E.164; when it cannot be read, empty, and a problem for the field that says how to fix it. */
    public Optional<String> normalise(String number, String countryCode, String field, List<FieldProblem> problems) {
        Optional<String> e164 = toE164(number, countryCode);
        if (e164.isEmpty() && number != null && !number.isBlank()) {
            problems.add(new FieldProblem(
                    field,
                    "'" + number + "' is not a valid phone number in " + regionUsed(number, countryCode)
                            + "; give the country code, such as +44 20 7946 0958"));
        }
        return e164;
    }

    /** Whether a stored E.164 number is in a range libphonenumber knows as assigned (false: kept as typed). */
    public static boolean isVerified(String e164) {
        try {
            return e164 != null && UTIL.isValidNumber(UTIL.parse(e164, "ZZ"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * A number as typed, to keep for display: a doubled "+" at its start ("++47 ...", a key pressed twice) is
     * made one, as libphonenumber reads it anyway and a tel: link with "++" fails.
     */
    public static String asTyped(String number) {
        return number == null ? null : number.replaceFirst("^\\+{2,}", "+");
    }

    private Optional<PhoneNumber> read(String number, String countryCode) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UTIL.parse(number, localRegion(countryCode)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The region a number was judged in: its country code's, when it has one, else the record's or the default. */
    private String regionUsed(String number, String countryCode) {
        return read(number, countryCode)
                .filter(PhoneNumber::hasCountryCode)
                .map(parsed -> UTIL.getRegionCodeForCountryCode(parsed.getCountryCode()))
                .filter(region -> UTIL.getSupportedRegions().contains(region))
                .orElse(localRegion(countryCode));
    }

    private String localRegion(String countryCode) {
        return countryCode != null && UTIL.getSupportedRegions().contains(countryCode) ? countryCode : defaultRegion;
    }

    /** The region local numbers are read in when a record has no country. */
    public String defaultRegion() {
        return defaultRegion;
    }
}
