package io.rapport.contact;

import io.rapport.identity.AccessScope;
import io.rapport.shared.Duplicate;
import io.rapport.shared.value.Similarity;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds contacts that are likely the same person: the same email address, the same phone number (in E.164), or
 * a similar name (Jaro-Winkler) at the same company.
 */
@Component
class ContactDuplicates {

    /** Names at least this alike are "similar": "Jon Smith" / "John Smith" (0.97) are, "Jon" / "Joan Smyth" not. */
    static final double SIMILAR_NAME = 0.9;

    private static final int MOST_CANDIDATES = 2000;
    private static final String COLUMNS =
            "id, first_name, last_name, emails, phones_e164, company_id, company_name, owner_id";

    private final JdbcClient jdbc;

    ContactDuplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pair of likely duplicates across the base, with its score (0-100) and reasons. */
    record Pair(Row first, Row second, int score, List<String> reasons) {}

    /** What duplicates are judged on. */
    record Row(
            UUID id,
            String firstName,
            String lastName,
            List<String> emails,
            List<String> phones,
            UUID companyId,
            String companyName,
            UUID ownerId) {

        public String name() {
            return (firstName + " " + lastName).trim();
        }

        Duplicate asDuplicate(int score, List<String> reasons) {
            String detail = emails.isEmpty() ? companyName : emails.get(0);
            return new Duplicate(id, name().isEmpty() ? detail : name(), detail, score, reasons);
        }
    }

    /** The likely duplicates of a contact being entered (normalised), best first, the caller's visible ones only. */
    List<Duplicate> of(Row entered, AccessScope scope) {
        List<Row> candidates = jdbc.sql("select " + COLUMNS + " from contact where deleted_at is null"
                        + " and id is distinct from :id and (emails && cast(:emails as varchar[])"
                        + " or phones_e164 && cast(:phones as varchar[]) or company_id = :companyId) limit :most")
                .param("id", entered.id())
                .param("emails", entered.emails().toArray(String[]::new))
                .param("phones", entered.phones().toArray(String[]::new))
                .param("companyId", entered.companyId())
                .param("most", MOST_CANDIDATES)
                .query(ContactDuplicates::row)
                .list();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Row candidate : candidates) {
            Pair pair = judge(entered, candidate);
            if (pair != null && scope.permits(candidate.ownerId())) {
                duplicates.add(candidate.asDuplicate(pair.score(), pair.reasons()));
            }
        }
        duplicates.sort(Comparator.comparingInt(Duplicate::score).reversed());
        return duplicates;
    }

    /** Contacts sharing one of these email addresses, whoever may see them: what refuses a duplicate create. */
    List<Row> withEmails(List<String> emails, UUID except) {
        return jdbc.sql("select " + COLUMNS + " from contact where deleted_at is null"
                        + " and id is distinct from :id and emails && cast(:emails as varchar[])")
                .param("id", except)
                .param("emails", emails.toArray(String[]::new))
                .query(ContactDuplicates::row)
                .list();
    }

    /**
     * Likely duplicate pairs across the whole base, best first: pairs sharing an email or a phone found by the
     * database, pairs with similar names compared within each company.
     */
    List<Pair> acrossBase(int limit) {
        Set<UUID> sharing = new LinkedHashSet<>();
        for (String column : List.of("emails", "phones_e164")) {
            sharing.addAll(jdbc.sql("select distinct unnest(array[a.id, b.id]) from"
                            + " (select id, unnest(" + column + ") v from contact where deleted_at is null) a"
                            + " join (select id, unnest(" + column + ") v from contact where deleted_at is null) b"
                            + " on a.v = b.v and a.id < b.id")
                    .query(UUID.class)
                    .list());
        }
        // Contacts are compared within groups: each company's contacts, and each shared email or phone's holders.
        // Keys are company ids or the shared values themselves; the two kinds cannot collide.
        Map<Object, List<Row>> groups = new HashMap<>();
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from contact where deleted_at is null"
                        + " and (company_id is not null or id = any(:sharing))")
                .param("sharing", sharing.toArray(UUID[]::new))
                .query(ContactDuplicates::row)
                .list();
        for (Row row : rows) {
            if (row.companyId() != null) {
                groups.computeIfAbsent(row.companyId(), key -> new ArrayList<>())
                        .add(row);
            }
            if (sharing.contains(row.id())) {
                row.emails()
                        .forEach(email -> groups.computeIfAbsent(email, key -> new ArrayList<>())
                                .add(row));
                row.phones()
                        .forEach(phone -> groups.computeIfAbsent(phone, key -> new ArrayList<>())
                                .add(row));
            }
        }
        Map<String, Pair> pairs = new HashMap<>();
        for (List<Row> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Pair pair = judge(group.get(i), group.get(j));
                    if (pair != null) {
                        pairs.putIfAbsent(key(pair), pair);
                    }
                }
            }
        }
        return pairs.values().stream()
                .sorted(Comparator.comparingInt(Pair::score)
                        .reversed()
                        .thenComparing(pair -> pair.first().name()))
                .limit(limit)
                .toList();
    }

    /** The pair with its score and reasons, or null when nothing makes them alike. */
    static Pair judge(Row a, Row b) {
        if (a.id() != null && a.id().equals(b.id())) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (!disjoint(a.emails(), b.emails())) {
            reasons.add("email");
        }
        if (!disjoint(a.phones(), b.phones())) {
            reasons.add("phone");
        }
        double nameSimilarity = Similarity.ofNames(a.name(), b.name());
        if (a.companyId() != null && Objects.equals(a.companyId(), b.companyId()) && nameSimilarity >= SIMILAR_NAME) {
            reasons.add("name");
        }
        return reasons.isEmpty() ? null : new Pair(a, b, Duplicate.scoreOf(reasons, nameSimilarity), reasons);
    }

    private static boolean disjoint(List<String> a, List<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static String key(Pair pair) {
        UUID a = pair.first().id();
        UUID b = pair.second().id();
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("first_name"),
                rs.getString("last_name"),
                strings(rs.getArray("emails")),
                strings(rs.getArray("phones_e164")),
                rs.getObject("company_id", UUID.class),
                rs.getString("company_name"),
                rs.getObject("owner_id", UUID.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
