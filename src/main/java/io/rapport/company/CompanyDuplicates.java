package io.rapport.company;

import io.rapport.identity.AccessScope;
import io.rapport.shared.Duplicate;
import io.rapport.shared.value.Similarity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Neighbours in name order each company is compared with, across the base. */
    private static final int NAME_NEIGHBOURS = 8;

    /** Companies sharing a domain or a phone beyond this many (a group's switchboard) are not paired. */
    private static final int LARGEST_SHARING_GROUP = 50;

    /** What duplicates are judged on. */
    record Row(UUID id, String name, String domain, String phoneE164, UUID ownerId) {}

    /** Two companies that are likely one, with why. */
    record Pair(Row first, Row second, int score, List<String> reasons) {}

    /**
     * Likely duplicate pairs across the whole base, best first: companies sharing a domain or a phone, and each
     * company against its nearest neighbours in the order of their comparable names (similar names sort close
     * together, so this finds them without comparing every pair).
     */
    List<Pair> acrossBase() {
        List<Row> rows = jdbc.sql("select id, name, domain, phone_e164, owner_id from company where deleted_at is null")
                .query(CompanyDuplicates::row)
                .list();
        Map<String, Pair> pairs = new HashMap<>();
        Map<String, List<Row>> sharing = new HashMap<>();
        for (Row row : rows) {
            if (row.domain() != null) {
                sharing.computeIfAbsent("domain " + row.domain(), key -> new ArrayList<>())
                        .add(row);
            }
            if (row.phoneE164() != null) {
                sharing.computeIfAbsent("phone " + row.phoneE164(), key -> new ArrayList<>())
                        .add(row);
            }
        }
        for (List<Row> group : sharing.values()) {
            for (int i = 0; group.size() <= LARGEST_SHARING_GROUP && i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    add(pairs, group.get(i), group.get(j));
                }
            }
        }
        List<Row> byName = new ArrayList<>(rows);
        Map<UUID, String> comparable = new HashMap<>();
        rows.forEach(row -> comparable.put(row.id(), comparableName(row.name())));
        byName.sort(Comparator.comparing(row -> comparable.get(row.id())));
        for (int i = 0; i < byName.size(); i++) {
            for (int j = i + 1; j < Math.min(byName.size(), i + 1 + NAME_NEIGHBOURS); j++) {
                add(pairs, byName.get(i), byName.get(j));
            }
        }
        return pairs.values().stream()
                .sorted(Comparator.comparingInt(Pair::score)
                        .reversed()
                        .thenComparing(pair -> pair.first().name()))
                .toList();
    }

    private static void add(Map<String, Pair> pairs, Row a, Row b) {
        Row first = a.id().compareTo(b.id()) < 0 ? a : b;
        Row second = first == a ? b : a;
        String key = first.id() + " " + second.id();
        if (pairs.containsKey(key)) {
            return;
        }
        List<String> reasons = reasons(first, second);
        double similarity = Similarity.ofNames(comparableName(first.name()), comparableName(second.name()));
        if (similarity >= SIMILAR_NAME) {
            reasons.add("name");
        }
        if (!reasons.isEmpty()) {
            pairs.put(key, new Pair(first, second, Duplicate.scoreOf(reasons, similarity), reasons));
        }
    }

    /** The shared domain and phone of two companies; a similar name is judged apart. */
    private static List<String> reasons(Row a, Row b) {
        List<String> reasons = new ArrayList<>();
        if (a.domain() != null && a.domain().equals(b.domain())) {
            reasons.add("domain");
        }
        if (a.phoneE164() != null && a.phoneE164().equals(b.phoneE164())) {
            reasons.add("phone");
        }
        return reasons;
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("domain"),
                rs.getString("phone_e164"),
                rs.getObject("owner_id", UUID.class));
    }

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
                .query(CompanyDuplicates::row)
                .list();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Row candidate : candidates) {
            List<String> reasons = reasons(entered, candidate);
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
