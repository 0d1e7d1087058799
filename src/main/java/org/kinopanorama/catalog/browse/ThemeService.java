package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.CatalogConfig;
import org.kinopanorama.catalog.PosterColumns;
import org.kinopanorama.catalog.Theme;
import org.kinopanorama.catalog.LocalizedTitles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Themes as visitors see them: each with the films that carry it (at the catalogue's threshold). */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ThemeService {

    static final int FILMS_PER_THEME_PAGE = 100;

    @Inject
    EntityManager em;

    @Inject
    CatalogConfig config;

    /** Every theme with its number of films, most films first; themes without films last. */
    public List<ThemePage.Summary> themes() {
        return Row.list(em.createNativeQuery("""
                        SELECT t.slug, t.label_en, t.label_ru, count(ft.film_id) AS films
                        FROM theme t LEFT JOIN film_theme ft ON ft.theme_id = t.id AND ft.weight >= :threshold
                        GROUP BY t.id ORDER BY count(ft.film_id) DESC, t.label_en""", Tuple.class)
                .setParameter("threshold", config.themeThreshold())).stream()
                .map(r -> new ThemePage.Summary(r.string("slug"), r.string("label_en"), r.string("label_ru"), r.longValue("films"))).toList();
    }

    /** In English. */
    public Optional<ThemePage> theme(String slug) {
        return theme(slug, Locale.ENGLISH);
    }

    /** @param reader the reader's language, for the titles of the films */
    public Optional<ThemePage> theme(String slug, Locale reader) {
        Optional<Theme> found = Theme.findBySlug(slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Theme theme = found.get();
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        List<Row> films = Row.list(em.createNativeQuery("""
                        SELECT f.id, %1$s AS title, f.year, ft.weight, %3$s FROM film_theme ft JOIN film f ON f.id = ft.film_id %2$s
                        WHERE ft.theme_id = :theme AND ft.weight >= :threshold
                        ORDER BY ft.weight DESC, lower(%1$s) LIMIT :limit""".formatted(titles.title("f"), titles.join("f"), PosterColumns.of("f")),
                        Tuple.class)
                .setParameter("theme", theme.id).setParameter("threshold", config.themeThreshold())
                .setParameter("limit", FILMS_PER_THEME_PAGE));
        long count = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM film_theme WHERE theme_id = :theme AND weight >= :threshold")
                .setParameter("theme", theme.id).setParameter("threshold", config.themeThreshold())
                .getSingleResult()).longValue();
        List<Row> related = Row.list(em.createNativeQuery("""
                        SELECT t.slug, t.label_en, t.label_ru, count(*) AS shared
                        FROM film_theme mine
                        JOIN film_theme other ON other.film_id = mine.film_id AND other.theme_id <> mine.theme_id
                        JOIN theme t ON t.id = other.theme_id
                        WHERE mine.theme_id = :theme AND mine.weight >= :threshold AND other.weight >= :threshold
                        GROUP BY t.id ORDER BY shared DESC, t.label_en LIMIT 8""", Tuple.class)
                .setParameter("theme", theme.id).setParameter("threshold", config.themeThreshold()));
        return Optional.of(new ThemePage(theme, count,
                films.stream().map(r -> new ThemePage.Film(r.longValue("id"), r.string("title"), r.intOrNull("year"),
                        r.doubleValue("weight"), r.string("poster_path"), r.string("director"))).toList(),
                related.stream().map(r -> new ThemePage.Related(r.string("slug"), r.string("label_en"), r.string("label_ru"),
                        r.longValue("shared"))).toList()));
    }
}
