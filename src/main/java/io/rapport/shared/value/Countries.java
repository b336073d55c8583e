package io.rapport.shared.value;

import io.rapport.shared.FieldProblem;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/** Countries as ISO 3166-1 alpha-2 codes, read from a code, an alpha-3 code or a name in a common language. */
public final class Countries {

    /** Languages whose country names are understood, besides English; the names a CRM's users most often type. */
    private static final List<Locale> LANGUAGES = List.of(
            Locale.ENGLISH,
            Locale.GERMAN,
            Locale.FRENCH,
            Locale.ITALIAN,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt"),
            Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("nb"),
            Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("da"),
            Locale.forLanguageTag("fi"),
            Locale.forLanguageTag("pl"));

    /** Names in use that are not a country's official short name in any of those languages. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("USA", "US"),
            Map.entry("United States of America", "US"),
            Map.entry("America", "US"),
            Map.entry("UK", "GB"),
            Map.entry("Great Britain", "GB"),
            Map.entry("Britain", "GB"),
            Map.entry("England", "GB"),
            Map.entry("Scotland", "GB"),
            Map.entry("Wales", "GB"),
            Map.entry("Northern Ireland", "GB"),
            Map.entry("Holland", "NL"),
            Map.entry("The Netherlands", "NL"),
            Map.entry("South Korea", "KR"),
            Map.entry("Korea", "KR"),
            Map.entry("Russia", "RU"),
            Map.entry("Czech Republic", "CZ"),
            Map.entry("Turkey", "TR"),
            Map.entry("Ivory Coast", "CI"),
            Map.entry("UAE", "AE"),
            Map.entry("Vietnam", "VN"),
            Map.entry("Macedonia", "MK"),
            Map.entry("Swaziland", "SZ"),
            Map.entry("Burma", "MM"));

    private static final Map<String, String> CODES = codes();

    private Countries() {}

    /** The ISO alpha-2 code of a country given by code or name ("no", "NOR", "Norway", "Norge"), or empty. */
    public static Optional<String> code(String nameOrCode) {
        return nameOrCode == null ? Optional.empty() : Optional.ofNullable(CODES.get(key(nameOrCode)));
    }

    /** The code of a country given by code or name, or the text as given (a list filter finds nothing then). */
    public static String codeOrAsGiven(String nameOrCode) {
        return code(nameOrCode).orElse(nameOrCode);
    }

    /**
     * The code of a country given by code or name; when it cannot be read, the value as given, and a problem
     * for the field.
     */
    public static String normalise(String country, String field, List<FieldProblem> problems) {
        if (country == null) {
            return null;
        }
        Optional<String> code = code(country);
        if (code.isEmpty()) {
            problems.add(new FieldProblem(field, "is not a country; use its name or ISO 3166 code, such as NO"));
        }
        return code.orElse(country);
    }

    /** The English name of a country code, or the code itself when it is not one. */
    public static String name(String code) {
        if (code == null
                || !Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(code)) {
            return code;
        }
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : LANGUAGES) {
                codes.putIfAbsent(key(country.getDisplayCountry(language)), code);
            }
            try {
                codes.putIfAbsent(key(country.getISO3Country()), code);
            } catch (MissingResourceException e) {
                // A code without an alpha-3 form: its alpha-2 code and names still find it.
            }
        }
        ALIASES.forEach((alias, code) -> codes.putIfAbsent(key(alias), code));
        // Codes win over names: "IN" is India, not a name that happens to read "in".
        for (String code : Locale.getISOCountries()) {
            codes.put(key(code), code);
        }
        return Map.copyOf(codes);
    }

    /** Lower case, without accents, dots, spaces or dashes: "U.S.A." and "usa", "Österreich" and "osterreich". */
    private static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]", "")
                .toLowerCase(Locale.ROOT);
    }
}
