package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.Paged;
import org.kinopanorama.catalog.PosterColumns;
import org.kinopanorama.catalog.LocalizedTitles;
import org.kinopanorama.catalog.identity.Romanization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        List<Object[]> p = rows("SELECT name, name_original, born, died, wikidata, source FROM person WHERE id = ?1", id);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = p.get(0);
        List<EntityFilm> films = films("film_person", "person_id", "x.role", id, reader);
        List<RoleFilms> roles = new ArrayList<>();
        for (String role : ROLES) {
            List<EntityFilm> in = films.stream().filter(f -> role.equals(f.role())).sorted(CHRONOLOGICAL).toList();
            if (!in.isEmpty()) {
                roles.add(new RoleFilms(role, in));
            }
        }
        return Optional.of(new EntityPage(id, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], films, roles, adaptations(id, reader)));
    }

    private static final java.util.Comparator<EntityFilm> CHRONOLOGICAL = java.util.Comparator
            .comparing(EntityFilm::year, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(EntityFilm::id);

    /** The films based on the works of this author, oldest first (a film based on two of their works, once per work). */
    private List<Adaptation> adaptations(long author, Locale reader) {
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        return rows("SELECT DISTINCT f.id, " + titles.title("f") + ", f.year, ls.title, ls.year FROM film_literary_source ls"
                + " JOIN film f ON f.id = ls.film_id" + titles.join("f") + " WHERE ls.author_id = ?1", author).stream()
                .map(r -> new Adaptation(new EntityFilm(((Number) r[0]).longValue(), (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).intValue(), "author"), (String) r[3],
                        r[4] == null ? null : ((Number) r[4]).intValue()))
                .sorted(java.util.Comparator.comparing(Adaptation::film, CHRONOLOGICAL).thenComparing(Adaptation::work))
                .toList();
    }

    public Optional<EntityPage> studio(long id, Locale reader) {
        List<Object[]> p = rows("SELECT name, name_original, country, wikidata, source FROM studio WHERE id = ?1", id);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = p.get(0);
        return Optional.of(new EntityPage(id, (String) r[0], (String) r[1], (String) r[2], null, (String) r[3],
                (String) r[4], films("film_studio", "studio_id", "NULL", id, reader)));
    }

    private List<EntityFilm> films(String table, String column, String role, long id, Locale reader) {
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        return rows("SELECT f.id, " + titles.title("f") + ", f.year, " + role + ", " + PosterColumns.of("f") + " FROM " + table + " x JOIN film f ON f.id = x.film_id"
                + titles.join("f") + " WHERE x." + column + " = ?1 ORDER BY f.year DESC NULLS LAST, f.id", id).stream()
                .map(r -> new EntityFilm(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                        (String) r[3], (String) r[4], (String) r[5])).toList();
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
        return rows("""
                SELECT t.slug, t.name, t.source, count(ft.film_id) FROM topic t LEFT JOIN film_topic ft ON ft.topic_id = t.id
                GROUP BY t.id ORDER BY t.name""").stream()
                .map(r -> new TopicCard((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    public Optional<TopicPage> topic(String slug, int page, Locale reader) {
        List<Object[]> t = rows("""
                SELECT t.id, t.name, t.description, t.source, (SELECT count(*) FROM film_topic ft WHERE ft.topic_id = t.id)
                FROM topic t WHERE t.slug = ?1""", slug);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = t.get(0);
        long id = ((Number) r[0]).longValue();
        long count = ((Number) r[4]).longValue();
        int pages = (int) Math.max(1, (count + TOPIC_PAGE - 1) / TOPIC_PAGE);
        int p = Math.min(Math.max(1, page), pages);
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        @SuppressWarnings("unchecked")
        List<Object[]> films = em.createNativeQuery("SELECT f.id, " + titles.title("f") + ", f.year, " + PosterColumns.of("f") + " FROM film_topic x JOIN film f ON f.id = x.film_id"
                        + titles.join("f") + " WHERE x.topic_id = ?1 ORDER BY f.year, f.title, f.id LIMIT ?2 OFFSET ?3")
                .setParameter(1, id).setParameter(2, TOPIC_PAGE).setParameter(3, (p - 1) * TOPIC_PAGE).getResultList();
        return Optional.of(new TopicPage(slug, (String) r[1], (String) r[2], (String) r[3], count, p, pages,
                films.stream().map(f -> new EntityFilm(((Number) f[0]).longValue(), (String) f[1],
                        f[2] == null ? null : ((Number) f[2]).intValue(), null, (String) f[3], (String) f[4])).toList()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        List<?> raw = q.getResultList();
        List<Object[]> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            out.add(o instanceof Object[] a ? a : new Object[] {o});
        }
        return out;
    }

}
