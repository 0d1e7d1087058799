package org.kinopanorama.catalog.search;

import org.kinopanorama.catalog.Paged;
import org.kinopanorama.catalog.identity.Romanization;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One page of films matching a search, best first, each with why it matched; on the first page also the people,
 * studios and curated lists whose names match.
 *
 * @param query    the query as searched (trimmed, at most {@link SearchService#MAX_QUERY_LENGTH} characters); empty when none was given
 * @param page     this page, from 1
 * @param pageSize films per page
 * @param total    films matching, on all pages
 * @param people   people whose names match, most credited first (first page only)
 * @param studios  studios whose names match (first page only)
 * @param lists    curated lists whose titles match (first page only)
 */
public record SearchResults(String query, int page, int pageSize, long total, List<Hit> hits,
                            List<NameHit> people, List<NameHit> studios, List<ListHit> lists) implements Paged {

    public SearchResults {
        hits = List.copyOf(hits);
        people = List.copyOf(people);
        studios = List.copyOf(studios);
        lists = List.copyOf(lists);
    }

    static SearchResults none(String query, int pageSize) {
        return new SearchResults(query, 1, pageSize, 0, List.of(), List.of(), List.of(), List.of());
    }

    /** Nothing at all matched: no film, person, studio or list. */
    public boolean nothing() {
        return total == 0 && people.isEmpty() && studios.isEmpty() && lists.isEmpty();
    }

    /** Whether anything besides films matched, so the films get a heading of their own. */
    public boolean grouped() {
        return !people.isEmpty() || !studios.isEmpty() || !lists.isEmpty();
    }

    /** No query given: the page invites one rather than reporting that nothing matched. */
    public boolean blank() {
        return query.isEmpty();
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** Rank of the first film on this page, for the list's {@code start}. */
    public int firstRank() {
        return (page - 1) * pageSize + 1;
    }

    @Override
    public int pages() {
        return pageCount();
    }

    @Override
    public String atPage(int n) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + n;
    }

    /**
     * A film that matched.
     *
     * @param title        the title the film is shown under, marked when that title matched
     * @param otherTitle   another title of the film that matched better (a Russian or original title), marked; or null
     * @param titleMatched whether a title matched at all
     * @param snippet      where a description or fact matched, or null
     * @param theme        the theme the query names that the film carries, or null
     */
    public record Hit(long filmId, HighlightedText title, Integer year, Integer yearEnd, HighlightedText otherTitle,
                      boolean titleMatched, Snippet snippet, ThemeRef theme, String posterPath, String director) {

        /** "1957", or "1973–1974" for a series; "" when unknown. */
        public String years() {
            if (year == null) {
                return "";
            }
            return yearEnd == null || yearEnd.equals(year) ? year.toString() : year + "–" + yearEnd;
        }
    }

    /**
     * Words of a curated list's description or fact that matched, marked, with the list they are on.
     *
     * @param field "description" or "fact"
     */
    public record Snippet(String field, String listTitle, String listSlug, HighlightedText text) {
    }

    /** A theme named by the query, in the reader's language. */
    public record ThemeRef(String slug, String label) {
    }

    /**
     * A person or studio whose name matched.
     *
     * @param name         the name as the source gave it
     * @param nameOriginal the original name (with patronymic, or in its own script), or null
     * @param films        films credited
     */
    public record NameHit(long id, String name, String nameOriginal, long films) {

        /** The name in Latin letters English pages show for a name written only in Cyrillic (see {@link Romanization}). */
        public String latinName() {
            return Romanization.cyrillicOnly(name) ? Romanization.latinName(name, nameOriginal) : name;
        }

        /** The original name when it says more than the name. */
        public String fuller() {
            return nameOriginal == null || nameOriginal.equals(name) ? null : nameOriginal;
        }
    }

    /** A curated list whose title matched. */
    public record ListHit(String slug, String title, long films) {
    }
}
