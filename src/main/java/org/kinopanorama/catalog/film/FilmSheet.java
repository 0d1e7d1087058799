package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.AverageRating;
import org.kinopanorama.catalog.CuratedList;
import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.FilmTitle;
import org.kinopanorama.catalog.ListEntry;
import org.kinopanorama.catalog.ReaderSaves;
import org.kinopanorama.catalog.Theme;
import org.kinopanorama.catalog.LocalizedTitles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A film's page as PostgreSQL aggregates it in one query (JSON, see {@link CatalogueService#film(long, Locale, String)}):
 * the film, its titles, year claims, themes with their evidence, lists, credits and facts with their sources.
 * Read only: the film, titles and list entries it gives are not managed by Hibernate, never saved.
 */
public record FilmSheet(long id, String title, Integer year, Integer yearEnd, List<Title> titles,
                 List<FilmPage.YearClaim> yearClaims, List<Theme> themes, List<Appearance> appearances,
                 List<Person> people, List<FilmCredits.Credit> studios, List<FilmCredits.Labelled> genres,
                 List<FilmCredits.Labelled> topics, List<String> tags, List<FilmCredits.ExternalId> externalIds,
                 List<FilmCredits.Fact> facts, List<FilmCredits.Fact> conflicts, FilmPage.AskedTheme asked,
                 Ratings ratings, String posterPath,
                 List<SourceAuthor> literarySources) {

    /** Everyone's ratings of the film: their average in half stars (null when none) and count. */
    record Ratings(Double halfStars, int count) {
    }

    record Title(long id, String title, String source, String language) {
    }

    record Theme(String slug, String labelEn, String labelRu, double weight, List<FilmPage.Evidence> evidence) {
    }

    record Appearance(long id, long listId, String listSlug, String listTitle, int position, ListEntry.Text text) {
    }

    record Person(String role, long id, String name, String original) {
    }

    /** A literary work the film is based on and one of its authors (none: authorId null), in order. */
    record SourceAuthor(String key, String title, String original, Integer year, Long authorId, String authorName,
                        String authorOriginal) {
    }

    /** @param averageFloor how many ratings the average needs to be shown ({@link RatingsConfig}) */
    public FilmPage page(Locale reader, int averageFloor) {
        Film film = new Film();
        film.id = id;
        film.title = title;
        film.year = year;
        film.yearEnd = yearEnd;
        film.posterPath = posterPath;
        List<FilmTitle> filmTitles = orNone(titles).stream().map(t -> {
            FilmTitle ft = new FilmTitle();
            ft.id = t.id();
            ft.film = film;
            ft.title = t.title();
            ft.source = t.source();
            ft.language = t.language();
            return ft;
        }).toList();
        List<FilmPage.ThemeStrength> strengths = orNone(themes).stream().map(t -> new FilmPage.ThemeStrength(t.slug(),
                t.labelEn(), t.labelRu(), t.weight(), new ArrayList<>(orNone(t.evidence())))).toList();
        Map<Long, CuratedList> lists = new HashMap<>();
        List<ListEntry> entries = orNone(appearances).stream().map(a -> {
            ListEntry e = new ListEntry();
            e.id = a.id();
            e.list = lists.computeIfAbsent(a.listId(), listId -> {
                CuratedList l = new CuratedList();
                l.id = listId;
                l.slug = a.listSlug();
                l.title = a.listTitle();
                return l;
            });
            e.film = film;
            e.position = a.position();
            e.write(a.text());
            return e;
        }).toList();
        return new FilmPage(film, LocalizedTitles.forReader(reader).choose(title, filmTitles), filmTitles, orNone(yearClaims),
                strengths, entries, credits(), asked, List.of(), ReaderSaves.NONE,
                ratings == null ? null : AverageRating.of(ratings.halfStars(), ratings.count(), averageFloor));
    }

    private FilmCredits credits() {
        List<FilmCredits.Credit> directors = new ArrayList<>();
        List<FilmCredits.Credit> screenwriters = new ArrayList<>();
        List<FilmCredits.Credit> cinematographers = new ArrayList<>();
        List<FilmCredits.Credit> composers = new ArrayList<>();
        List<FilmCredits.Credit> cast = new ArrayList<>();
        for (Person p : orNone(people)) {
            FilmCredits.Credit c = new FilmCredits.Credit(p.id(), p.name(), p.original());
            switch (p.role()) {
                case "director" -> directors.add(c);
                case "screenwriter" -> screenwriters.add(c);
                case "cinematographer" -> cinematographers.add(c);
                case "composer" -> composers.add(c);
                default -> cast.add(c); // in billing order: the people come ordered by position
            }
        }
        return new FilmCredits(directors, screenwriters, cast, orNone(studios), orNone(genres), orNone(topics), orNone(tags),
                orNone(externalIds), orNone(facts), orNone(conflicts), cinematographers, composers, works());
    }

    /** The rows of the literary sources, one per author, as works with their authors. */
    private List<FilmCredits.LiterarySource> works() {
        Map<String, FilmCredits.LiterarySource> works = new java.util.LinkedHashMap<>();
        for (SourceAuthor a : orNone(literarySources)) {
            FilmCredits.LiterarySource w = works.computeIfAbsent(a.key(),
                    k -> new FilmCredits.LiterarySource(a.title(), a.original(), a.year(), new ArrayList<>()));
            if (a.authorId() != null) {
                w.authors().add(new FilmCredits.Credit(a.authorId(), a.authorName(), a.authorOriginal()));
            }
        }
        return List.copyOf(works.values());
    }

    /** PostgreSQL's json_agg gives null, not an empty array, for no rows. */
    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }
}
