package io.rapport.shared.value;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** How alike two names are, for finding duplicates: Jaro-Winkler over names without case, accents or punctuation. */
public final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private static final Map<Integer, String> LATIN = Map.of(
            (int) 'ø', "o", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'ß', "ss", (int) 'ł', "l", (int) 'đ', "d",
            (int) 'þ', "th", (int) 'ð', "d", (int) 'ı', "i");

    private Similarity() {}

    /** From 0 (nothing alike) to 1 (the same name); "Jon Smith" and "John Smith" score about 0.97. */
    public static double ofNames(String a, String b) {
        String left = comparable(a);
        String right = comparable(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        return JARO_WINKLER.apply(left, right);
    }

    /**
     * Lower case, accents and punctuation dropped, letters without a decomposition spelled in Latin ("ø" as
     * "o", "æ" as "ae", "ß" as "ss"), spaces collapsed: the form names are compared in.
     */
    public static String comparable(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder latin = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> latin.append(LATIN.getOrDefault(c, Character.toString(c))));
        return latin.toString().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
