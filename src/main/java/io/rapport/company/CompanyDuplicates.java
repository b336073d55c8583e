package io.rapport.company;

import io.rapport.identity.AccessScope;
import io.rapport.shared.Duplicate;
import io.rapport.shared.value.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds companies that are likely the same organisation: the same web domain, the same phone number (in E.164),
 * or a similar name once legal forms ("AS", "Inc.", "GmbH"...) are left out.
 */
@Component
class CompanyDuplicates {

    static final double SIMILAR_NAME = 0.92;

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "\\b(as|asa|ab|aps|oy|oyj|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|ltd|limited|plc|llc|llp|inc|incorporated"
                    + "|corp|corporation|co|company|group)\\b");

    private final JdbcClient jdbc;

    CompanyDuplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What duplicates are judged on. */
    record Row(UUID id, String name, String domain, String phoneE164, UUID ownerId) {}

    /** The likely duplicates of a company being entered (normalised), best first, the caller's visible ones only. */
    List<Duplicate> of(Row entered, AccessScope scope) {
        String comparable = comparableName(entered.name());
        String prefix = comparable.length() < 3 ? null : comparable.substring(0, 3) + "%";
        List<Row> candidates = jdbc.sql("select id, name, domain, phone_e164, owner_id from company"
                        + " where deleted_at is null and id is distinct from :id"
                        + " and (domain = :domain or phone_e164 = :phone or lower(name) like :prefix) limit 2000")
                .param("id", entered.id())
                .param("domain", entered.domain())
                .param("phone", entered.phoneE164())
                .param("prefix", prefix)
                .query((rs, rowNumber) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("domain"),
                        rs.getString("phone_e164"),
                        rs.getObject("owner_id", UUID.class)))
                .list();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Row candidate : candidates) {
            List<String> reasons = new ArrayList<>();
            if (entered.domain() != null && entered.domain().equals(candidate.domain())) {
                reasons.add("domain");
            }
            if (entered.phoneE164() != null && Objects.equals(entered.phoneE164(), candidate.phoneE164())) {
                reasons.add("phone");
            }
            double similarity = Similarity.ofNames(comparable, comparableName(candidate.name()));
            if (similarity >= SIMILAR_NAME) {
                reasons.add("name");
            }
            if (!reasons.isEmpty() && scope.permits(candidate.ownerId())) {
                duplicates.add(new Duplicate(
                        candidate.id(),
                        candidate.name(),
                        candidate.domain(),
                        Duplicate.scoreOf(reasons, similarity),
                        reasons));
            }
        }
        duplicates.sort(Comparator.comparingInt(Duplicate::score).reversed());
        return duplicates;
    }

    /** The name as compared: lower case, without accents, punctuation or legal form. */
    static String comparableName(String name) {
        return LEGAL_FORM
                .matcher(Similarity.comparable(name))
                .replaceAll("")
                .strip()
                .replaceAll(" +", " ");
    }
}
