package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.Paged;
import org.kinopanorama.catalog.PosterColumns;
import org.kinopanorama.catalog.LocalizedTitles;
import org.kinopanorama.catalog.identity.Romanization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Reads of people, studios and dataset topics. (A film's credits come with its page: {@link FilmSheet}.) */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CreditsService {

    static final int TOPIC_PAGE = 100;

    @Inject
    EntityManager em;

    /**
     * A person or a studio and their films, newest first ({@code films}); a person's also by role, oldest first
     * ({@code roles}), and the films based on their writing ({@code onScreen}, oldest first).
     */
    public record EntityPage(long id, String name, String nameOriginal, String born, String died, String wikidata,
                             String source, List<EntityFilm> films, List<RoleFilms> roles, List<Adaptation> onScreen) {
        public EntityPage(long id, String name, String nameOriginal, String born, String died, String wikidata,
                          String source, List<EntityFilm> films) {
            this(id, name, nameOriginal, born, died, wikidata, source, films, List.of(), List.of());
        }

        public long filmCount() {
            return films.size();
        }

        public String sourceName() {
            return FilmCredits.Sources.name(source);
        }

        /** The name for a reader of Latin script: as written when it has Latin letters, else their own or the Latin spelling. */
        public String latinName() {
            return Romanization.cyrillicOnly(name) ? Romanization.latinName(name, nameOriginal) : name;
        }
    }

    public record EntityFilm(long id, String title, Integer year, String role, String posterPath, String director) {
        EntityFilm(long id, String title, Integer year, String role) {
            this(id, title, year, role, null, null);
        }

    }

    /** A person's films in one role (director, screenwriter, cinematographer, composer, cast), oldest first. */
    public record RoleFilms(String role, List<EntityFilm> films) {
    }

    /** A film based on a literary work of the person's: the work's title and year. */
    public record Adaptation(EntityFilm film, String work, Integer workYear) {
    }

    /** The order of a person's roles on their page. */
    static final List<String> ROLES = List.of("director", "screenwriter", "cinematographer", "composer", "cast");

    public Optional<EntityPage> person(long id, Locale reader) {
        List<Row> p = Row.list(em, "SELECT name, name_original, born, died, wikidata, source FROM person WHERE id = ?1", id);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Row r = p.get(0);
        List<EntityFilm> films = films("film_person", "person_id", "x.role", id, reader);
        List<RoleFilms> roles = new ArrayList<>();
        for (String role : ROLES) {
            List<EntityFilm> in = films.stream().filter(f -> role.equals(f.role())).sorted(CHRONOLOGICAL).toList();
            if (!in.isEmpty()) {
                roles.add(new RoleFilms(role, in));
            }
        }
        return Optional.of(new EntityPage(id, r.string("name"), r.string("name_original"), r.string("born"), r.string("died"),
                r.string("wikidata"), r.string("source"), films, roles, adaptations(id, reader)));
    }

    private static final java.util.Comparator<EntityFilm> CHRONOLOGICAL = java.util.Comparator
            .comparing(EntityFilm::year, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(EntityFilm::id);

    /** The films based on the works of this author, oldest first (a film based on two of their works, once per work). */
    private List<Adaptation> adaptations(long author, Locale reader) {
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        return Row.list(em, "SELECT DISTINCT f.id, " + titles.title("f") + " AS title, f.year, ls.title AS work, ls.year AS work_year FROM film_literary_source ls"
                + " JOIN film f ON f.id = ls.film_id" + titles.join("f") + " WHERE ls.author_id = ?1", author).stream()
                .map(r -> new Adaptation(new EntityFilm(r.longValue("id"), r.string("title"), r.intOrNull("year"), "author"),
                        r.string("work"), r.intOrNull("work_year")))
                .sorted(java.util.Comparator.comparing(Adaptation::film, CHRONOLOGICAL).thenComparing(Adaptation::work))
                .toList();
    }

    public Optional<EntityPage> studio(long id, Locale reader) {
        List<Row> p = Row.list(em, "SELECT name, name_original, country, wikidata, source FROM studio WHERE id = ?1", id);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Row r = p.get(0);
        return Optional.of(new EntityPage(id, r.string("name"), r.string("name_original"), r.string("country"), null,
                r.string("wikidata"), r.string("source"), films("film_studio", "studio_id", "NULL", id, reader)));
    }

    private List<EntityFilm> films(String table, String column, String role, long id, Locale reader) {
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        return Row.list(em, "SELECT f.id, " + titles.title("f") + " AS title, f.year, " + role + " AS role, " + PosterColumns.of("f") + " FROM " + table + " x JOIN film f ON f.id = x.film_id"
                + titles.join("f") + " WHERE x." + column + " = ?1 ORDER BY f.year DESC NULLS LAST, f.id", id).stream()
                .map(r -> new EntityFilm(r.longValue("id"), r.string("title"), r.intOrNull("year"), r.string("role"),
                        r.string("poster_path"), r.string("director"))).toList();
    }

    public record TopicPage(String slug, String name, String description, String source, long filmCount, int page,
                            int pages, List<EntityFilm> films) implements Paged {
        public String sourceName() {
            return FilmCredits.Sources.name(source);
        }

        @Override
        public String atPage(int n) {
            return "/topics/" + slug + "?page=" + n;
        }
    }

    public record TopicCard(String slug, String name, String source, long filmCount) {
        public String sourceName() {
            return FilmCredits.Sources.name(source);
        }
    }

    public List<TopicCard> topics() {
        return Row.list(em, """
                SELECT t.slug, t.name, t.source, count(ft.film_id) AS films FROM topic t LEFT JOIN film_topic ft ON ft.topic_id = t.id
                GROUP BY t.id ORDER BY t.name""").stream()
                .map(r -> new TopicCard(r.string("slug"), r.string("name"), r.string("source"), r.longValue("films"))).toList();
    }

    public Optional<TopicPage> topic(String slug, int page, Locale reader) {
        List<Row> t = Row.list(em, """
                SELECT t.id, t.name, t.description, t.source, (SELECT count(*) FROM film_topic ft WHERE ft.topic_id = t.id) AS films
                FROM topic t WHERE t.slug = ?1""", slug);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Row r = t.get(0);
        long id = r.longValue("id");
        long count = r.longValue("films");
        int pages = (int) Math.max(1, (count + TOPIC_PAGE - 1) / TOPIC_PAGE);
        int p = Math.min(Math.max(1, page), pages);
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        List<Row> films = Row.list(em, "SELECT f.id, " + titles.title("f") + " AS title, f.year, " + PosterColumns.of("f")
                + " FROM film_topic x JOIN film f ON f.id = x.film_id" + titles.join("f")
                + " WHERE x.topic_id = ?1 ORDER BY f.year, f.title, f.id LIMIT ?2 OFFSET ?3", id, TOPIC_PAGE, (p - 1) * TOPIC_PAGE);
        return Optional.of(new TopicPage(slug, r.string("name"), r.string("description"), r.string("source"), count, p, pages,
                films.stream().map(f -> new EntityFilm(f.longValue("id"), f.string("title"), f.intOrNull("year"), null,
                        f.string("poster_path"), f.string("director"))).toList()));
    }

}
