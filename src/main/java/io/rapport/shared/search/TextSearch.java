package io.rapport.shared.search;

import io.rapport.shared.Cursor;
import io.rapport.shared.CursorPage;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The one way records are found by what a person types: every word must match a field as the beginning of a word
 * ("mari" finds "Maria"); digits also match phone numbers. When the words so typed match fewer than {@value
 * #ENOUGH_WITHOUT_TYPOS} records, a word may also match within one typo after a correct first letter ("Mraia" finds
 * "Maria"). Results are ranked by relevance and paged by offset.
 *
 * <p>Typos are looked for only then because it is the search's largest cost: building the typo-forgiving
 * automata of each word for each name field was 30% of a search's CPU at 100 000 contacts (bench/README.md), and
 * a search whose words match 50 records as typed does not need the typo matches, which would rank below those.
 * Whether typos are looked for depends on the search (its words, the user's reach), not on the page, so the pages
 * of one search agree.
 */
public final class TextSearch {

    public static final int MAX_QUERY_LENGTH = 200;

    /** When the words as typed match at least this many records, typos are not looked for. */
    static final int ENOUGH_WITHOUT_TYPOS = 50;

    private TextSearch() {}

    /** Fields a record type is searched on. */
    public record Fields(String[] text, String[] prefix, String digits) {}

    public static <T> CursorPage<T> search(
            EntityManager entityManager,
            Class<T> type,
            Fields fields,
            String q,
            Set<UUID> ownerIds,
            boolean deleted,
            PageRequest page) {
        checkLength(q);
        int offset = page.cursor() == null ? 0 : page.cursor().offset();
        SearchSession session = Search.session(entityManager);
        boolean typos = forgiveTypos(session, type, fields, q, ownerIds, deleted);
        List<T> hits = session.search(type)
                .where(f -> predicate(f, fields, q, ownerIds, deleted, typos))
                .fetchHits(offset, page.limit() + 1);
        if (hits.size() <= page.limit()) {
            return new CursorPage<>(hits, null);
        }
        return new CursorPage<>(
                List.copyOf(hits.subList(0, page.limit())),
                Cursor.atOffset(offset + page.limit()).encode());
    }

    /**
     * The ids of a range of the records matching {@code q}, in the order of relevance, for a list that filters them
     * further in the database.
     */
    public static List<UUID> ids(
            EntityManager entityManager,
            Class<?> type,
            Fields fields,
            String q,
            Set<UUID> ownerIds,
            boolean deleted,
            int offset,
            int limit) {
        checkLength(q);
        SearchSession session = Search.session(entityManager);
        boolean typos = forgiveTypos(session, type, fields, q, ownerIds, deleted);
        return session.search(type)
                .select(f -> f.id(UUID.class))
                .where(f -> predicate(f, fields, q, ownerIds, deleted, typos))
                .fetchHits(offset, limit);
    }

    /** Whether the words as typed match fewer than {@value #ENOUGH_WITHOUT_TYPOS} records (counted no further). */
    private static boolean forgiveTypos(
            SearchSession session, Class<?> type, Fields fields, String q, Set<UUID> ownerIds, boolean deleted) {
        return session.search(type)
                        .where(f -> predicate(f, fields, q, ownerIds, deleted, false))
                        .totalHitCountThreshold(ENOUGH_WITHOUT_TYPOS)
                        .fetch(0)
                        .total()
                        .hitCountLowerBound()
                < ENOUGH_WITHOUT_TYPOS;
    }

    private static void checkLength(String q) {
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
    }

    static PredicateFinalStep predicate(
            SearchPredicateFactory f, Fields fields, String q, Set<UUID> ownerIds, boolean deleted, boolean typos) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        for (String word : q.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            BooleanPredicateClausesStep<?, ?> anyField = f.bool()
                    .should(f.match().fields(fields.prefix()).matching(word).analyzer(RapportAnalysisConfigurer.TEXT));
            if (typos) {
                anyField.should(f.match().fields(fields.text()).matching(word).fuzzy(1, 1));
            }
            String digits = word.replaceAll("[^0-9]", "");
            if (fields.digits() != null && digits.length() >= 3) {
                anyField.should(f.match().field(fields.digits()).matching(digits));
            }
            bool.must(anyField);
        }
        if (deleted) {
            bool.filter(f.exists().field("deletedAt"));
        } else {
            bool.mustNot(f.exists().field("deletedAt"));
        }
        if (ownerIds != null) {
            bool.filter(f.terms().field("ownerId").matchingAny(ownerIds));
        }
        return bool;
    }
}
