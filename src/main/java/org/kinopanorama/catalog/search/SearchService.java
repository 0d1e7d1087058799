package org.kinopanorama.catalog.search;

import org.kinopanorama.catalog.CatalogConfig;
import org.kinopanorama.catalog.PosterColumns;
import org.kinopanorama.catalog.Suggestion;
import org.kinopanorama.catalog.LocalizedTitles;
import org.kinopanorama.catalog.identity.NameKey;
import org.kinopanorama.catalog.identity.TitleMatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.kinopanorama.database.Row;
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
     * Titles, texts and themes, each film once, best first. A title matches in tiers: the whole key (6); every
     * word of the query a whole word of the title, in any script (5 when the title begins with them, else 4);
     * every word the beginning of a word of a title in the query's script, or the Russian or English stems of
     * the words as written (3); a trigram look-alike (half its similarity, below 0.5). A description or fact
     * adds 1 and its rank; a theme the query names (its label, in either language, or a synonym) adds 1.5 and
     * the film's weight. Look-alikes that are not close (similarity below {@link #LOOK_ALIKE}) are shown
     * only when nothing matched otherwise: a typing slip still finds its film, but «Сталкер» does not bring
     * The Star along. ?1 key, ?2 key + " %", ?3 lower-case query, ?4 query, ?5/?6 page, ?7 headline options,
     * ?8 whole words, ?9 word beginnings (tsquery), ?10 query in Cyrillic, ?11 theme threshold, ?12 {@link #LOOK_ALIKE}.
     * {title} and {join}: the title a film is shown under in the reader's language ({@link LocalizedTitles}).
     */
    private static final String SEARCH = """
            WITH title_scores AS (
                SELECT t.film_id, t.id, t.title,
                       CASE WHEN t.search_key = ?1 THEN 6
                            WHEN t.search_vector @@ to_tsquery('simple', ?8) THEN CASE WHEN t.search_key LIKE ?2 THEN 5 ELSE 4 END
                            WHEN t.search_vector @@ to_tsquery('simple', ?9) AND (t.title ~ '[\\u0400-\\u04FF]') = ?10 THEN 3
                            WHEN t.search_vector @@ plainto_tsquery('russian', ?3) THEN 3
                            ELSE 0 END AS tier,
                       greatest(similarity(t.search_key, ?1), word_similarity(?1, t.search_key)) AS similarity
                FROM film_title t
                -- one index scan per kind of match: OR-ed together, the planner underrates what a trigram
                -- comparison costs and reads every title instead (37 ms on 6,700 titles, not 1 ms)
                WHERE t.id IN (SELECT id FROM film_title WHERE search_key % ?1
                               UNION SELECT id FROM film_title WHERE ?1 <% search_key
                               UNION SELECT id FROM film_title
                                     WHERE search_vector @@ (to_tsquery('simple', ?9) || plainto_tsquery('russian', ?3)))
            ), title_hits AS (
                SELECT DISTINCT ON (film_id) film_id, title, tier, similarity,
                       CASE WHEN tier > 0 THEN tier + similarity ELSE similarity / 2 END AS score
                FROM title_scores
                ORDER BY film_id, score DESC, id
            ), text_hits AS (
                SELECT DISTINCT ON (e.film_id) e.film_id, e.id AS entry_id,
                       ts_rank_cd(e.search_vector, websearch_to_tsquery('english', ?4), 32) AS score
                FROM list_entry e
                WHERE e.search_vector @@ websearch_to_tsquery('english', ?4)
                ORDER BY e.film_id, score DESC, e.id
            ), theme_hits AS (
                SELECT DISTINCT ON (ft.film_id) ft.film_id, ft.weight, th.slug, th.label_en, th.label_ru
                FROM film_theme ft JOIN theme th ON th.id = ft.theme_id
                WHERE ft.weight >= ?11
                  AND ft.theme_id IN (SELECT th2.id FROM theme th2
                                      WHERE to_tsvector('english', th2.label_en) @@ plainto_tsquery('english', ?3)
                                         OR to_tsvector('russian', public.f_lower_cyrillic(th2.label_ru)) @@ plainto_tsquery('russian', ?3)
                                         OR ?3 = ANY (th2.synonyms))
                ORDER BY ft.film_id, ft.weight DESC, th.slug
            ), hits AS (
                SELECT coalesce(th.film_id, tx.film_id, tm.film_id) AS film_id, th.title AS matched_title, tx.entry_id,
                       tm.slug, tm.label_en, tm.label_ru,
                       coalesce(th.score, 0) + coalesce(1 + tx.score, 0) + coalesce(1.5 + tm.weight, 0) AS score,
                       (th.tier > 0 OR th.similarity >= ?12 OR tx.film_id IS NOT NULL OR tm.film_id IS NOT NULL) AS strong
                FROM title_hits th
                FULL JOIN text_hits tx ON tx.film_id = th.film_id
                FULL JOIN theme_hits tm ON tm.film_id = coalesce(th.film_id, tx.film_id)
            ), kept AS (
                SELECT * FROM hits WHERE strong OR NOT EXISTS (SELECT 1 FROM hits WHERE strong)
            ), ranked AS (
                SELECT f.id, f.title, f.year, f.year_end, k.matched_title, k.entry_id, k.slug, k.label_en, k.label_ru,
                       k.score, count(*) OVER () AS total, f.poster_path
                FROM kept k JOIN film f ON f.id = k.film_id
                ORDER BY k.score DESC, f.title, f.id
                LIMIT ?5 OFFSET ?6
            )
            SELECT r.id, {title} AS title, r.year, r.year_end, r.matched_title, r.total, l.title AS list_title, l.slug AS list_slug,
                   s.field, s.text, ts_headline('english', replace(replace(s.text, chr(57344), ''), chr(57345), ''),
                                                websearch_to_tsquery('english', ?4), ?7) AS headline,
                   r.slug AS theme_slug, r.label_en, r.label_ru, {poster}
            FROM ranked r {join}
            LEFT JOIN list_entry e ON e.id = r.entry_id
            LEFT JOIN curated_list l ON l.id = e.list_id
            LEFT JOIN LATERAL (
                SELECT v.field, v.text FROM (VALUES (1, 'description', e.description), (2, 'fact', e.fact)) AS v (n, field, text)
                WHERE v.text IS NOT NULL AND to_tsvector('english', v.text) @@ websearch_to_tsquery('english', ?4)
                ORDER BY v.n LIMIT 1
            ) s ON true
            ORDER BY r.score DESC, r.title, r.id""";

    /**
     * People or studios ({table}, credited through {credits}.{column}) whose names match: every word of the query a
     * whole word of the name (2) or the beginning of one (1), through {@link NameKey}; near misses (0) only when
     * nothing matched so. Most credited first. ?1 key, ?2 whole words, ?3 word beginnings (tsquery), ?4 limit.
     */
    private static final String NAMES = """
            SELECT n.id, n.name, n.name_original,
                   (SELECT count(DISTINCT c.film_id) FROM {credits} c WHERE c.{column} = n.id) AS films,
                   CASE WHEN n.search_words @@ to_tsquery('simple', ?2) THEN 2
                        WHEN n.search_words @@ to_tsquery('simple', ?3) THEN 1 ELSE 0 END AS tier
            FROM {table} n
            WHERE n.id IN (SELECT id FROM {table} WHERE search_words @@ to_tsquery('simple', ?3)
                           UNION SELECT id FROM {table} WHERE ?1 <% search_key)
            ORDER BY tier DESC, films DESC, word_similarity(?1, n.search_key) DESC, n.name, n.id
            LIMIT ?4""";

    /** Curated lists whose titles have the query's words (or their beginnings, or their English stems). ?1 words, ?2 query, ?3 limit. */
    private static final String LISTS = """
            SELECT l.slug, l.title, (SELECT count(*) FROM list_entry e WHERE e.list_id = l.id) AS films
            FROM curated_list l
            WHERE to_tsvector('simple', public.f_search_key(l.title)) @@ to_tsquery('simple', ?1)
               OR to_tsvector('english', l.title) @@ plainto_tsquery('english', ?2)
            ORDER BY l.title, l.id
            LIMIT ?3""";

    /** Similarity from which a trigram look-alike title is shown beside films that matched otherwise. */
    static final double LOOK_ALIKE = 0.5;

    /** People, studios and lists shown beside the films (on the first page of results). */
    static final int MAX_NAMES = 8;

    /** Titles whose key begins with the prefix, then those with a word that does (in the script typed first), then near misses. {title}, {join}: as in SEARCH. */
    private static final String SUGGEST = """
            SELECT f.id, {title} AS title, f.year FROM (
                SELECT DISTINCT ON (t.film_id) t.film_id,
                       CASE WHEN (t.title ~ '[\\u0400-\\u04FF]') = ?5
                            THEN CASE WHEN t.search_key LIKE ?2 THEN 0 WHEN t.search_key LIKE ?3 THEN 1 ELSE 3 END
                            ELSE CASE WHEN t.search_key LIKE ?2 OR t.search_key LIKE ?3 THEN 2 ELSE 3 END END AS kind,
                       word_similarity(?1, t.search_key) AS similarity
                FROM film_title t
                WHERE t.search_key LIKE ?2 OR t.search_key LIKE ?3 OR ?1 <% t.search_key
                ORDER BY t.film_id, kind, similarity DESC
            ) s JOIN film f ON f.id = s.film_id {join}
            ORDER BY s.kind, s.similarity DESC, f.title, f.id
            LIMIT ?4""";

    @Inject
    EntityManager em;

    @Inject
    CatalogConfig config;

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
        String lower = q.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<Row> rows = Row.list(em.createNativeQuery(SEARCH.replace("{title}", titles.title("r")).replace("{join}", titles.join("r"))
                        .replace("{poster}", PosterColumns.of("r")), Tuple.class)
                .setParameter(1, key)
                .setParameter(2, likeEscaped(key) + " %")
                .setParameter(3, lower)
                .setParameter(4, q)
                .setParameter(5, pageSize)
                .setParameter(6, (page - 1) * pageSize)
                .setParameter(7, HEADLINE_OPTIONS)
                .setParameter(8, tsquery(key, ":A"))
                .setParameter(9, tsquery(key, ":*A"))
                .setParameter(10, LocalizedTitles.isCyrillic(q))
                .setParameter(11, config.themeThreshold())
                .setParameter(12, LOOK_ALIKE));
        long total = 0;
        List<SearchResults.Hit> hits = new ArrayList<>(rows.size());
        for (Row r : rows) {
            total = r.longValue("total");
            String title = r.string("title");
            String matchedTitle = r.string("matched_title");
            HighlightedText shown = matchedTitle != null && matchedTitle.equals(title)
                    ? HighlightedText.ofTitle(title, key) : HighlightedText.plain(title);
            HighlightedText other = matchedTitle != null && !matchedTitle.equals(title)
                    ? HighlightedText.ofTitle(matchedTitle, key) : null;
            // a query of only exclusions ("-love") matches entries without a snippet to show
            SearchResults.Snippet snippet = r.string("field") == null || r.string("headline") == null ? null
                    : new SearchResults.Snippet(r.string("field"), r.string("list_title"), r.string("list_slug"),
                    snippet(r.string("text"), r.string("headline")));
            SearchResults.ThemeRef theme = r.string("theme_slug") == null ? null
                    : new SearchResults.ThemeRef(r.string("theme_slug"), r.string(titles.russian() ? "label_ru" : "label_en"));
            hits.add(new SearchResults.Hit(r.longValue("id"), shown, r.intOrNull("year"), r.intOrNull("year_end"), other,
                    matchedTitle != null, snippet, theme, r.string("poster_path"), r.string("director")));
        }
        boolean first = page == 1;
        return new SearchResults(q, page, pageSize, total, hits,
                first ? names(q, "person", "film_person", "person_id") : List.of(),
                first ? names(q, "studio", "film_studio", "studio_id") : List.of(),
                first ? lists(key, q) : List.of());
    }

    /** People or studios whose names match the query, most credited first (at most {@link #MAX_NAMES}). */
    public List<SearchResults.NameHit> names(String q, String table, String credits, String column) {
        String key = NameKey.of(q);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Row> rows = Row.list(em.createNativeQuery(NAMES.replace("{table}", table).replace("{credits}", credits).replace("{column}", column),
                        Tuple.class)
                .setParameter(1, key)
                .setParameter(2, tsquery(key, ""))
                .setParameter(3, tsquery(key, ":*"))
                .setParameter(4, MAX_NAMES));
        boolean matchedWords = rows.stream().anyMatch(r -> r.intValue("tier") > 0);
        return rows.stream()
                // near misses only when no name has the query's words
                .filter(r -> !matchedWords || r.intValue("tier") > 0)
                .map(r -> new SearchResults.NameHit(r.longValue("id"), r.string("name"), r.string("name_original"), r.longValue("films")))
                .toList();
    }

    private List<SearchResults.ListHit> lists(String key, String q) {
        return Row.list(em, LISTS, tsquery(key, ":*"), q, MAX_NAMES).stream()
                .map(r -> new SearchResults.ListHit(r.string("slug"), r.string("title"), r.longValue("films"))).toList();
    }

    /** Up to {@code limit} films whose titles begin with (or nearly match) what has been typed so far. */
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggest(prefix, limit, Locale.ENGLISH);
    }

    /**
     * As {@link #suggest(String, int)}, each film under its title in the reader's language. Titles in the script
     * typed come first: "love" offers Love and Pigeons before «Ловец».
     */
    public List<Suggestion> suggest(String prefix, int limit, Locale reader) {
        String cut = cut(prefix);
        String key = TitleMatcher.normalize(cut);
        if (key.isEmpty() || limit < 1) {
            return List.of();
        }
        String like = likeEscaped(key);
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        return Row.list(em, SUGGEST.replace("{title}", titles.title("f")).replace("{join}", titles.join("f")),
                        key, like + "%", "% " + like + "%", Math.min(limit, MAX_SUGGESTIONS), LocalizedTitles.isCyrillic(cut)).stream()
                .map(r -> new Suggestion(r.longValue("id"), r.string("title"), r.intOrNull("year"))).toList();
    }

    /**
     * The words of a key as a text-search query that all of them must match, each with {@code label}: "" (whole
     * words), ":*" (beginnings of words), ":A" / ":*A" (the same among a title's key words, weight A of its vector).
     * "" (which matches nothing) for a key without words. Keys are letters, digits and spaces.
     */
    static String tsquery(String key, String label) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            String w = word.codePoints().filter(Character::isLetterOrDigit)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (!w.isEmpty()) {
                out.append(out.isEmpty() ? "" : " & ").append(w).append(label);
            }
        }
        return out.toString();
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
}
