package org.kinopanorama.similarity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;
import org.kinopanorama.catalog.LocalizedTitles;
import org.kinopanorama.catalog.RelatedFilm;
import org.kinopanorama.catalog.RelatedFilm.Label;
import org.kinopanorama.catalog.RelatedFilm.ReasonGroup;
import org.kinopanorama.catalog.RelatedFilmsQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "If you liked this": a film's stored neighbours, read with one indexed query, optionally re-ranked toward
 * more or less of one theme. Never computes similarity. A film's page asks it through {@link RelatedFilmsQuery}.
 */
@ApplicationScoped
public class RelatedFilms implements RelatedFilmsQuery {

    private static final TypeReference<List<StoredReason>> REASONS = new TypeReference<>() {
    };
    /** Reasons of one kind shown in a line ("Both: a, b, c"). */
    private static final int PER_GROUP = 3;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    SimilarityConfig config;

    @Inject
    org.kinopanorama.catalog.CatalogConfig catalog;

    /**
     * The neighbours shown under a film, in the order the rebuild stored them (its diversified order, never
     * re-sorted by raw score), re-ranked within that stored list when {@code more} or {@code less} names a theme:
     * toward it, the stored neighbours that carry the theme come first, each score multiplied by (1 + w), w being
     * how strongly the neighbour carries it; away from it, those that do not carry it come first, scores
     * multiplied by (1 − w).
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RelatedFilm> of(long filmId, String more, String less, Locale reader) {
        boolean russian = "ru".equals(reader.getLanguage());
        String theme = more != null ? more : less;
        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        String titleExpr = titles.title("f");
        String ruJoin = titles.join("f");
        String themeJoin = theme != null ? """
                 LEFT JOIN film_theme ft ON ft.film_id = n.neighbour_id
                       AND ft.theme_id = (SELECT id FROM theme WHERE slug = :theme)""" : "";
        jakarta.persistence.Query query = em.createNativeQuery("SELECT n.neighbour_id, " + titleExpr + " AS title, f.year, f.year_end, n.score, "
                        + "CAST(n.reasons AS text) AS reasons, " + (theme != null ? "coalesce(ft.weight, 0)" : "0") + " AS theme_weight"
                        + " FROM film_neighbour n JOIN film f ON f.id = n.neighbour_id " + ruJoin + " " + themeJoin
                        + " WHERE n.film_id = :film ORDER BY n.rank", Tuple.class)
                .setParameter("film", filmId);
        if (theme != null) {
            query.setParameter("theme", theme);
        }
        List<Scored> scored = new ArrayList<>();
        for (Row r : Row.list(query)) {
            double score = r.doubleValue("score");
            double w = r.doubleValue("theme_weight");
            // leaning toward a theme puts the films carrying it first (by similarity, more of it counting more);
            // leaning away puts those without it first
            boolean carries = w >= catalog.themeThreshold();
            double adjusted = more != null ? (carries ? 2 : 0) + score * (1 + w)
                    : less != null ? (carries ? 0 : 2) + score * (1 - w) : score;
            scored.add(new Scored(adjusted, new RelatedFilm(r.longValue("neighbour_id"), r.string("title"),
                    r.intOrNull("year"), r.intOrNull("year_end"), score, groups(parse(r.string("reasons")), russian))));
        }
        if (theme != null) {
            scored.sort(Comparator.comparingDouble(Scored::adjusted).reversed()); // stable: ties keep the stored order
        }
        return scored.stream().limit(config.shown()).map(Scored::film).toList();
    }

    private record Scored(double adjusted, RelatedFilm film) {
    }

    private List<StoredReason> parse(String reasons) {
        try {
            return json.readValue(reasons, REASONS);
        } catch (Exception e) {
            return List.of();
        }
    }

    /** Groups in the order a reader takes them in: what the films are about first, shared words last. */
    private static final List<String> GROUP_ORDER = List.of("theme", "list", "director", "screenwriter", "author",
            "composer", "cinematographer", "topic", "cast",
            "studio", "genre", "tag", "decade", "behaviour", "text");
    /** Shared words are shown only when nothing else explains the match, or when they weigh this much. */
    private static final double TEXT_WORTH_SHOWING = 0.02;

    static List<ReasonGroup> groups(List<StoredReason> reasons, boolean russian) {
        Map<String, List<Label>> groups = new LinkedHashMap<>();
        double strongestText = 0;
        for (StoredReason r : reasons) {
            List<Label> labels = groups.computeIfAbsent(r.group(), g -> new ArrayList<>());
            if (labels.size() < PER_GROUP) {
                // a genre in the reader's language whichever dataset named it (MovieLens "Drama", the Soviet dataset «Драма»)
                String text = r.group().equals("genre")
                        ? org.kinopanorama.catalog.GenreLabels.label(r.feature().substring(r.feature().indexOf(':') + 1), r.label(russian), russian)
                        : r.label(russian);
                labels.add(new Label(text, r.href()));
            }
            if (r.group().equals("text")) {
                strongestText = Math.max(strongestText, r.contribution());
            }
        }
        if (groups.size() > 1 && strongestText < TEXT_WORTH_SHOWING) {
            groups.remove("text");
        }
        List<ReasonGroup> out = new ArrayList<>();
        groups.forEach((g, labels) -> out.add(new ReasonGroup(g, labels)));
        out.sort(Comparator.comparingInt(g -> GROUP_ORDER.indexOf(g.group()) < 0 ? GROUP_ORDER.size() : GROUP_ORDER.indexOf(g.group())));
        return out;
    }
}
