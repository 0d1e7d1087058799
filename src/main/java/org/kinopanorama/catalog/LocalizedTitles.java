package org.kinopanorama.catalog;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The title a reader sees a film under: for a Russian reader, the film's Cyrillic title when a source gave
 * it one (the first given); for everyone else, and when there is none, the title the film is shown under
 * ({@link Film#title}). Lists of films add {@link #join} and select {@link #title} (one lateral join per
 * query, nothing for English); pages of entities ask {@link #cyrillic} once for all their films.
 */
public final class LocalizedTitles {

    /** A title with at least one Cyrillic letter (U+0400–U+04FF), as a PostgreSQL regular expression. */
    private static final String CYRILLIC = "'[\\u0400-\\u04FF]'";

    private final boolean russian;

    private LocalizedTitles(boolean russian) {
        this.russian = russian;
    }

    public static LocalizedTitles forReader(Locale locale) {
        return new LocalizedTitles(locale != null && "ru".equals(locale.getLanguage()));
    }

    public boolean russian() {
        return russian;
    }

    /** What to add after the {@code film} table (aliased {@code film}) in FROM; "" when nothing is needed. */
    public String join(String film) {
        if (!russian) {
            return "";
        }
        return " LEFT JOIN LATERAL (SELECT t.title FROM film_title t WHERE t.film_id = " + film + ".id AND t.title ~ "
                + CYRILLIC + " ORDER BY t.id LIMIT 1) " + alias(film) + " ON true ";
    }

    /** The expression of the title to show for the film aliased {@code film}; needs {@link #join}. */
    public String title(String film) {
        return russian ? "coalesce(" + alias(film) + ".title, " + film + ".title)" : film + ".title";
    }

    private static String alias(String film) {
        return film + "_cyrillic";
    }

    /** For a Russian reader, the Cyrillic title of each of these films that has one, in one query; else nothing. */
    public Map<Long, String> cyrillic(EntityManager em, Collection<Long> filmIds) {
        Map<Long, String> titles = new HashMap<>();
        if (!russian || filmIds.isEmpty()) {
            return titles;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (t.film_id) t.film_id, t.title FROM film_title t"
                        + " WHERE t.film_id = ANY(:ids) AND t.title ~ " + CYRILLIC + " ORDER BY t.film_id, t.id")
                .setParameter("ids", filmIds.toArray(Long[]::new))
                .getResultList();
        rows.forEach(r -> titles.put(((Number) r[0]).longValue(), (String) r[1]));
        return titles;
    }

    /** The title to show of a film with these titles (in the order they were given). */
    public String choose(String shownUnder, List<FilmTitle> titles) {
        if (russian) {
            for (FilmTitle t : titles) {
                if (isCyrillic(t.title)) {
                    return t.title;
                }
            }
        }
        return shownUnder;
    }

    public static boolean isCyrillic(String title) {
        return title != null && title.codePoints().anyMatch(c -> c >= 0x0400 && c <= 0x04FF);
    }
}
