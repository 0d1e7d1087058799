package org.kinopanorama.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Finds films by any of their titles and by what the curated lists say of them, in PostgreSQL
 * (the columns and indexes are in {@code V4__search.sql}).
 *
 * <p>Titles: the query's {@link TitleMatcher#normalize key} (Latin, whatever script it was typed
 * in) against each title's {@code search_key} (the same key, computed by the database) by trigram
 * similarity, so typos, partial titles, Cyrillic and transliterations all meet; plus full-text
 * words (simple, and Russian stems). Descriptions and facts: English full text. A film's score is
 * its best title's similarity (+2 when the whole key is equal, +1 when the key begins with the
 * query, + its full-text rank) plus half the rank of its best description or fact, so a title
 * match outranks a film that is only described with the query's words.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class SearchService {

    /** Longer queries are cut: no title or description needs more, and similarity costs grow with length. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** Pages beyond this are not served; nobody reads them, and the offset would only cost. */
    static final int MAX_PAGE = 500;

    static final int MAX_SUGGESTIONS = 10;

    /** Private-use characters around the words ts_headline marks; removed from the text beforehand. */
    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP + "\", "
            + "MaxWords=30, MinWords=12, ShortWord=0, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * Titles: trigram and full text. Texts: English full text. ?5/?6 page, ?7 headline options. {title} and
     * {join}: the title a film is shown under in the reader's language ({@link LocalizedTitles}).
     */
    private static final String SEARCH = """
            WITH title_hits AS (
                SELECT DISTINCT ON (t.film_id) t.film_id, t.title,
                       greatest(similarity(t.search_key, ?1), word_similarity(?1, t.search_key))
                       + CASE WHEN t.search_key = ?1 THEN 2 WHEN t.search_key LIKE ?2 THEN 1 ELSE 0 END
                       + ts_rank(t.search_vector, websearch_to_tsquery('simple', ?1) || websearch_to_tsquery('russian', ?3)) AS score
                FROM film_title t
                -- one index scan per kind of match: OR-ed together, the planner underrates what a trigram
                -- comparison costs and reads every title instead (37 ms on 6,700 titles, not 1 ms)
                WHERE t.id IN (SELECT id FROM film_title WHERE search_key % ?1
                               UNION SELECT id FROM film_title WHERE ?1 <% search_key
                               UNION SELECT id FROM film_title
                                     WHERE search_vector @@ (websearch_to_tsquery('simple', ?1) || websearch_to_tsquery('russian', ?3)))
                ORDER BY t.film_id, score DESC, t.id
            ), text_hits AS (
                SELECT DISTINCT ON (e.film_id) e.film_id, e.id AS entry_id,
                       ts_rank_cd(e.search_vector, websearch_to_tsquery('english', ?4), 32) AS score
                FROM list_entry e
                WHERE e.search_vector @@ websearch_to_tsquery('english', ?4)
                ORDER BY e.film_id, score DESC, e.id
            ), ranked AS (
                SELECT f.id, f.title, f.year, f.year_end, th.title AS matched_title, tx.entry_id,
                       coalesce(th.score, 0) + coalesce(tx.score, 0) / 2 AS score, count(*) OVER () AS total
                FROM title_hits th FULL JOIN text_hits tx ON tx.film_id = th.film_id
                JOIN film f ON f.id = coalesce(th.film_id, tx.film_id)
                ORDER BY score DESC, f.title, f.id
                LIMIT ?5 OFFSET ?6
            )
            SELECT r.id, {title}, r.year, r.year_end, r.matched_title, r.total, l.title AS list_title, l.slug, s.field, s.text,
                   ts_headline('english', replace(replace(s.text, chr(57344), ''), chr(57345), ''),
                               websearch_to_tsquery('english', ?4), ?7)
            FROM ranked r {join}
            LEFT JOIN list_entry e ON e.id = r.entry_id
            LEFT JOIN curated_list l ON l.id = e.list_id
            LEFT JOIN LATERAL (
                SELECT v.field, v.text FROM (VALUES (1, 'description', e.description), (2, 'fact', e.fact)) AS v (n, field, text)
                WHERE v.text IS NOT NULL AND to_tsvector('english', v.text) @@ websearch_to_tsquery('english', ?4)
                ORDER BY v.n LIMIT 1
            ) s ON true
            ORDER BY r.score DESC, r.title, r.id""";

    /** Titles whose key begins with the prefix, then those with a word that does, then near misses. {title}, {join}: as in SEARCH. */
    private static final String SUGGEST = """
            SELECT f.id, {title}, f.year FROM (
                SELECT DISTINCT ON (t.film_id) t.film_id,
                       CASE WHEN t.search_key LIKE ?2 THEN 0 WHEN t.search_key LIKE ?3 THEN 1 ELSE 2 END AS kind,
                       word_similarity(?1, t.search_key) AS similarity
                FROM film_title t
                WHERE t.search_key LIKE ?2 OR t.search_key LIKE ?3 OR ?1 <% t.search_key
                ORDER BY t.film_id, kind, similarity DESC
            ) s JOIN film f ON f.id = s.film_id {join}
            ORDER BY s.kind, s.similarity DESC, f.title, f.id
            LIMIT ?4""";

    @Inject
    EntityManager em;

    /**
     * Films matching {@code query}, best first. A blank query matches nothing (and is no error); a
     * query longer than {@link #MAX_QUERY_LENGTH} is cut. A page beyond the last gives the last.
     */
    public SearchResults search(String query, int page, int pageSize) {
        return search(query, page, pageSize, Locale.ENGLISH);
    }

    /** As {@link #search(String, int, int)}, each film under its title in the reader's language. */
    public SearchResults search(String query, int page, int pageSize, Locale reader) {
        String q = cut(query);
        if (q.isEmpty() || pageSize < 1) {
            return SearchResults.none(q, Math.max(pageSize, 1));
        }
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        int wanted = Math.min(Math.max(page, 1), MAX_PAGE);
        SearchResults results = searchPage(q, wanted, pageSize, titles);
        if (results.hits().isEmpty() && wanted > 1) {
            SearchResults first = searchPage(q, 1, pageSize, titles);
            return first.pageCount() > 1 ? searchPage(q, Math.min(first.pageCount(), MAX_PAGE), pageSize, titles) : first;
        }
        return results;
    }

    private SearchResults searchPage(String q, int page, int pageSize, LocalizedTitles titles) {
        String key = TitleMatcher.normalize(q);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SEARCH.replace("{title}", titles.title("r")).replace("{join}", titles.join("r")))
                .setParameter(1, key)
                .setParameter(2, likeEscaped(key) + "%")
                .setParameter(3, q.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .setParameter(4, q)
                .setParameter(5, pageSize)
                .setParameter(6, (page - 1) * pageSize)
                .setParameter(7, HEADLINE_OPTIONS)
                .getResultList();
        long total = 0;
        List<SearchResults.Hit> hits = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            total = ((Number) r[5]).longValue();
            String title = (String) r[1];
            String matchedTitle = (String) r[4];
            HighlightedText shown = matchedTitle != null && matchedTitle.equals(title)
                    ? HighlightedText.ofTitle(title, key) : HighlightedText.plain(title);
            HighlightedText other = matchedTitle != null && !matchedTitle.equals(title)
                    ? HighlightedText.ofTitle(matchedTitle, key) : null;
            // a query of only exclusions ("-love") matches entries without a snippet to show
            SearchResults.Snippet snippet = r[8] == null || r[10] == null ? null : new SearchResults.Snippet((String) r[8], (String) r[6],
                    (String) r[7], snippet((String) r[9], (String) r[10]));
            hits.add(new SearchResults.Hit(((Number) r[0]).longValue(), shown, integer(r[2]), integer(r[3]), other,
                    matchedTitle != null, snippet));
        }
        return new SearchResults(q, page, pageSize, total, hits);
    }

    /** Up to {@code limit} films whose titles begin with (or nearly match) what has been typed so far. */
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggest(prefix, limit, Locale.ENGLISH);
    }

    /** As {@link #suggest(String, int)}, each film under its title in the reader's language. */
    public List<Suggestion> suggest(String prefix, int limit, Locale reader) {
        String key = TitleMatcher.normalize(cut(prefix));
        if (key.isEmpty() || limit < 1) {
            return List.of();
        }
        String like = likeEscaped(key);
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUGGEST.replace("{title}", titles.title("f")).replace("{join}", titles.join("f")))
                .setParameter(1, key)
                .setParameter(2, like + "%")
                .setParameter(3, "% " + like + "%")
                .setParameter(4, Math.min(limit, MAX_SUGGESTIONS))
                .getResultList();
        return rows.stream().map(r -> new Suggestion(((Number) r[0]).longValue(), (String) r[1], integer(r[2]))).toList();
    }

    /** The query as searched: without surrounding white space, at most {@link #MAX_QUERY_LENGTH} characters. */
    static String cut(String query) {
        if (query == null) {
            return "";
        }
        String q = query.strip();
        if (q.length() <= MAX_QUERY_LENGTH) {
            return q;
        }
        int end = Character.isHighSurrogate(q.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
        return q.substring(0, end).strip();
    }

    /** The marked headline, with "…" where it starts or ends inside the text. */
    private static HighlightedText snippet(String text, String headline) {
        HighlightedText marked = HighlightedText.ofMarkers(headline, START, STOP);
        // ts_headline drops markup and the punctuation around its fragments: compare letters and digits only
        String shown = lettersAndDigits(marked.text());
        String whole = lettersAndDigits(text);
        int probe = Math.min(shown.length(), 12);
        boolean atStart = whole.startsWith(shown.substring(0, probe));
        boolean atEnd = whole.endsWith(shown.substring(shown.length() - probe));
        return marked.around(atStart ? "" : "… ", atEnd ? "" : " …");
    }

    private static String lettersAndDigits(String s) {
        return s.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
