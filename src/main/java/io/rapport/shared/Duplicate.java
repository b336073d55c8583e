package io.rapport.shared;

import java.util.List;
import java.util.UUID;

/**
 * A record that is likely the same as another: its id, a name and a detail to recognise it by, a score from 0
 * to 100, and the reasons ("email", "phone", "domain", "name").
 */
public record Duplicate(UUID id, String name, String detail, int score, List<String> reasons) {

    /** Reasons weigh this much; several reasons add up, to at most 100. */
    public static int scoreOf(List<String> reasons, double nameSimilarity) {
        int best = 0;
        int total = 0;
        for (String reason : reasons) {
            int weight = switch (reason) {
                case "email", "domain" -> 95;
                case "phone" -> 80;
                case "name" -> (int) Math.round(nameSimilarity * 70);
                default -> 0;
            };
            best = Math.max(best, weight);
            total += weight;
        }
        return Math.min(100, best + (total - best) / 10);
    }
}
