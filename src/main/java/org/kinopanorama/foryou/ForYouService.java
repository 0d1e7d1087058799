package org.kinopanorama.foryou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import org.kinopanorama.account.Account;
import org.kinopanorama.catalog.CatalogConfig;
import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.LocalizedTitles;
import org.kinopanorama.catalog.ReaderSuggestions.Reason;
import org.kinopanorama.catalog.ReaderSuggestions.Suggestion;
import org.kinopanorama.catalog.identity.Romanization;
import org.kinopanorama.catalog.ThemeLabels;
import org.kinopanorama.database.Row;
import org.kinopanorama.foryou.SuggestionRanker.Candidate;
import org.kinopanorama.foryou.SuggestionRanker.Evidence;
import org.kinopanorama.foryou.SuggestionRanker.Via;
import org.kinopanorama.watchlist.WatchlistService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A signed-in person's suggestions ("For you"), worked out on each request from what is stored: the related films
 * of everything they saved or watched, the themes they picked, and what they hid; three indexed queries, so that
 * a change to their lists shows at once and nothing is rebuilt. Everything here is the reader's own: there is no
 * way to name another account.
 */
@ApplicationScoped
@Transactional
public class ForYouService {

    /** Films read for each picked theme. */
    static final int PER_THEME = 30;

    @Inject
    EntityManager em;

    @Inject
    StoredNeighbours neighbours;

    @Inject
    WatchlistService watchlists;

    @Inject
    CatalogConfig catalog;

    @Inject
    ForYouConfig config;

    /** A theme as the picker shows it. */
    public record ThemeChoice(long id, String slug, String labelEn, String labelRu, long filmCount, boolean picked) implements ThemeLabels {
    }

    /** The For you page: the suggestions, the themes picked, how many films the person keeps, the films they hid. */
    public record Page(List<Suggestion> suggestions, List<ThemeChoice> themes, long saved, List<Film> hidden) {
        public boolean startedNothing() {
            return saved == 0 && themes.isEmpty();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(String username, Locale reader) {
        Account me = me(username);
        List<ThemeChoice> picked = themes(me.id, true);
        return new Page(suggestions(me.id, picked, reader, config.suggestions()), picked, savedCount(me.id),
                watchlists.dismissed(username));
    }

    /** The first few suggestions, for the home page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Suggestion> firstFew(String username, Locale reader) {
        Account me = me(username);
        return suggestions(me.id, themes(me.id, true), reader, config.onHome());
    }

    /** Every theme that has films, the person's picks marked, most films first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeChoice> themeChoices(String username) {
        return themes(me(username).id, false);
    }

    /** The person's themes become exactly these (by slug); an unknown slug refuses the whole change (400). */
    public void pickThemes(String username, Collection<String> slugs) {
        Set<String> wanted = new LinkedHashSet<>(slugs);
        if (wanted.size() > 500) {
            throw new BadRequestException("too many themes");
        }
        long known = wanted.isEmpty() ? 0 : ((Number) em.createNativeQuery("SELECT count(*) FROM theme WHERE slug = ANY(:slugs)")
                .setParameter("slugs", wanted.toArray(String[]::new)).getSingleResult()).longValue();
        if (known != wanted.size()) {
            throw new BadRequestException("no such theme");
        }
        long me = me(username).id;
        em.createNativeQuery("DELETE FROM account_theme WHERE account_id = :me AND theme_id NOT IN (SELECT id FROM theme WHERE slug = ANY(:slugs))")
                .setParameter("me", me).setParameter("slugs", wanted.toArray(String[]::new)).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO account_theme (account_id, theme_id) SELECT :me, id FROM theme WHERE slug = ANY(:slugs)
                        ON CONFLICT DO NOTHING""")
                .setParameter("me", me).setParameter("slugs", wanted.toArray(String[]::new)).executeUpdate();
    }

    // ------------------------------------------------------------------ suggestions

    private List<Suggestion> suggestions(long accountId, List<ThemeChoice> picked, Locale reader, int limit) {
        List<Evidence> evidence = neighbours.evidence(accountId, config.seeds(), PER_THEME, catalog.themeThreshold(),
                config.sameYearFilms());
        List<Candidate> all = SuggestionRanker.candidates(evidence, config.savedWithWeight(), config.recencyHalfLife(),
                config.sameYearWeight());
        List<Candidate> pool = all.subList(0, Math.min(SuggestionRanker.POOL, all.size()));
        Set<Long> ids = new LinkedHashSet<>();
        for (Candidate c : pool) {
            ids.add(c.filmId());
            c.evidence().stream().filter(e -> e.via() != Via.THEME).forEach(e -> ids.add(e.source()));
        }
        Map<Long, Facts> facts = facts(ids, reader);
        Map<Long, Set<Long>> directors = new HashMap<>();
        facts.forEach((id, f) -> directors.put(id, f.directors().keySet()));
        List<Suggestion> out = new ArrayList<>();
        for (Candidate c : SuggestionRanker.shown(pool, directors, limit)) {
            Facts film = facts.get(c.filmId());
            if (film != null) {
                out.add(new Suggestion(c.filmId(), film.title(), film.year(), reason(c, film, facts, picked, reader),
                        film.posterPath(), film.directors().values().stream().findFirst().orElse(null)));
            }
        }
        return out;
    }

    /**
     * "More by" a director of the film who also directed one of the person's films it is related to; else the
     * person's films it is closest to (watched when every one named was); else the picked themes it comes from; else
     * the person's latest film of the same year.
     */
    static Reason reason(Candidate c, Facts film, Map<Long, Facts> facts, List<ThemeChoice> picked, Locale reader) {
        List<Evidence> throughFilms = c.throughFilms();
        for (Map.Entry<Long, String> director : film.directors().entrySet()) {
            for (Evidence e : throughFilms) {
                Facts source = facts.get(e.source());
                if (source != null && source.directors().containsKey(director.getKey())) {
                    return new Reason("director", List.of(director.getValue()));
                }
            }
        }
        if (!throughFilms.isEmpty()) {
            List<Evidence> named = throughFilms.subList(0, Math.min(2, throughFilms.size()));
            List<String> titles = named.stream().map(e -> facts.get(e.source())).filter(f -> f != null)
                    .map(f -> readable(f.title(), reader)).toList();
            if (!titles.isEmpty()) {
                return new Reason(named.stream().allMatch(Evidence::watched) ? "watched" : "saved", titles);
            }
        }
        if (c.evidence().stream().noneMatch(e -> e.via() == Via.THEME)) {
            Facts sameYear = c.evidence().stream().filter(e -> e.via() == Via.SAME_YEAR).map(e -> facts.get(e.source()))
                    .filter(f -> f != null && f.year() != null).findFirst().orElse(null);
            if (sameYear != null) {
                return new Reason("year", List.of(readable(sameYear.title(), reader), String.valueOf(sameYear.year())));
            }
        }
        Map<Long, String> labels = new HashMap<>();
        picked.forEach(t -> labels.put(t.id(), t.labelIn(reader)));
        List<String> themes = c.evidence().stream().filter(e -> e.via() == Via.THEME)
                .map(e -> labels.get(e.source())).filter(l -> l != null).limit(2).toList();
        return new Reason("theme", themes.isEmpty() ? List.of("?") : themes);
    }

    /** A film's title as the reader sees it, its directors (id → name as the reader reads it). */
    record Facts(String title, Integer year, Map<Long, String> directors, String posterPath) {
    }

    private Map<Long, Facts> facts(Set<Long> ids, Locale reader) {
        Map<Long, Facts> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        List<Row> rows = Row.list(em, "SELECT f.id, " + titles.title("f") + " AS title, f.year, "
                        + "(SELECT string_agg(p.id || E'\\t' || p.name || E'\\t' || coalesce(p.name_original, ''), E'\\n' ORDER BY fp.position)"
                        + "  FROM film_person fp JOIN person p ON p.id = fp.person_id WHERE fp.film_id = f.id AND fp.role = 'director') AS directors,"
                        + " f.poster_path FROM film f " + titles.join("f") + " WHERE f.id = ANY(?1)", (Object) ids.toArray(Long[]::new));
        boolean russian = "ru".equals(reader.getLanguage());
        for (Row r : rows) {
            Map<Long, String> directors = new java.util.LinkedHashMap<>();
            if (r.string("directors") != null) {
                for (String line : r.string("directors").split("\n")) {
                    String[] parts = line.split("\t", -1);
                    String name = russian ? parts[1] : Romanization.latinName(parts[1], parts[2].isEmpty() ? null : parts[2]);
                    directors.put(Long.parseLong(parts[0]), name);
                }
            }
            out.put(r.longValue("id"), new Facts(r.string("title"), r.intOrNull("year"), directors, r.string("poster_path")));
        }
        return out;
    }

    /** On an English page, a title written only in Cyrillic is named in Latin letters inside a sentence. */
    private static String readable(String title, Locale reader) {
        return !"ru".equals(reader.getLanguage()) && Romanization.cyrillicOnly(title) ? Romanization.latin(title) : title;
    }

    // ------------------------------------------------------------------ helpers

    private List<ThemeChoice> themes(long accountId, boolean pickedOnly) {
        List<Row> rows = Row.list(em.createNativeQuery("""
                        SELECT t.id, t.slug, t.label_en, t.label_ru,
                               (SELECT count(*) FROM film_theme ft WHERE ft.theme_id = t.id AND ft.weight >= :threshold) AS films,
                               EXISTS (SELECT 1 FROM account_theme p WHERE p.account_id = :me AND p.theme_id = t.id) AS picked
                        FROM theme t
                        WHERE NOT :pickedOnly OR t.id IN (SELECT theme_id FROM account_theme WHERE account_id = :me)
                        ORDER BY 5 DESC, t.label_en""", Tuple.class)
                .setParameter("me", accountId).setParameter("pickedOnly", pickedOnly)
                .setParameter("threshold", catalog.themeThreshold()));
        return rows.stream()
                .filter(r -> pickedOnly || r.longValue("films") > 0)
                .map(r -> new ThemeChoice(r.longValue("id"), r.string("slug"), r.string("label_en"), r.string("label_ru"),
                        r.longValue("films"), r.bool("picked")))
                .toList();
    }

    private long savedCount(long accountId) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM (SELECT e.film_id FROM watchlist w JOIN watchlist_entry e ON e.watchlist_id = w.id
                                              WHERE w.owner_id = :me
                                              UNION SELECT film_id FROM film_watched WHERE account_id = :me) x""").setParameter("me", accountId).getSingleResult()).longValue();
    }

    private Account me(String username) {
        return watchlists.account(username).orElseThrow(() -> new io.quarkus.security.UnauthorizedException("the account is gone"));
    }
}
