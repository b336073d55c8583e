package io.rapport.shared.value;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** How alike two names are, for finding duplicates: Jaro-Winkler over names without case, accents or punctuation. */
public final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

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

    /** Lower case, accents and punctuation dropped, spaces collapsed: the form names are compared in. */
    public static String comparable(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
