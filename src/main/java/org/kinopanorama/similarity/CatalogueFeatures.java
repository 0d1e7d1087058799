package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.Explanation;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.kinopanorama.similarity.signal.TextTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kinopanorama.catalog.CatalogConfig;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the similarity core needs from the catalogue, in a handful of sequential scans: every film's
 * themes, lists, words and dataset attributes, the baskets of films saved together, and the labels that
 * explanations show. Runs on the caller's connection (inside the rebuild's transaction).
 */
@ApplicationScoped
public class CatalogueFeatures {

    @Inject
    CatalogConfig catalog;

    @Inject
    SimilarityConfig config;

    /** Everything one rebuild works from. */
    public record Snapshot(List<FilmFeatures> films, Map<String, List<Long>> baskets, FeatureLabels labels) {
    }

    /** Every film of the catalogue, and every basket. */
    public Snapshot read(Connection c) throws SQLException {
        return read(c, null, true);
    }

    /**
     * These films only (those that exist), read by the same rules as the whole catalogue (a list's length is still
     * that of the whole list), and no baskets ({@link #baskets}).
     */
    Snapshot read(Connection c, Collection<Long> only) throws SQLException {
        return read(c, only, false);
    }

    /** Every film of the catalogue, and no baskets: what {@link #read(Connection, Collection)} gives each of them. */
    Snapshot readEveryFilm(Connection c) throws SQLException {
        return read(c, null, false);
    }

    private Snapshot read(Connection c, Collection<Long> only, boolean withBaskets) throws SQLException {
        Map<Long, Builder> films = new HashMap<>();
        Map<String, FeatureLabels.Label> labels = new HashMap<>();
        Array ids = only == null ? null : c.createArrayOf("bigint", only.toArray());

        try (PreparedStatement st = c.prepareStatement("SELECT id, year FROM film" + (ids == null ? "" : " WHERE id = ANY (?)"))) {
            bind(st, 1, ids);
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Builder b = new Builder(rs.getLong(1));
                    int year = rs.getInt(2);
                    b.year = rs.wasNull() ? null : year;
                    films.put(b.id, b);
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("""
                SELECT ft.film_id, t.slug, ft.weight, t.label_en, t.label_ru
                FROM film_theme ft JOIN theme t ON t.id = ft.theme_id
                WHERE ft.weight >= ?""" + (ids == null ? "" : " AND ft.film_id = ANY (?)"))) {
            st.setDouble(1, catalog.themeThreshold());
            bind(st, 2, ids);
            forEachRow(st, films, (b, rs) -> {
                String slug = rs.getString("slug");
                b.themes.put(slug, (double) rs.getFloat("weight"));
                labels.putIfAbsent(FeatureLabels.key(Explanation.Kind.THEME, slug),
                        new FeatureLabels.Label(rs.getString("label_en"), rs.getString("label_ru"), "/themes/" + slug));
            });
        }
        // a list's length counts all its films, also those not read
        try (PreparedStatement st = c.prepareStatement("""
                SELECT * FROM (
                    SELECT e.film_id, e.list_id, count(*) OVER (PARTITION BY e.list_id) AS list_length, l.title, l.slug,
                           e.description, e.fact
                    FROM list_entry e JOIN curated_list l ON l.id = e.list_id""" + (ids == null ? ") e" : """
                    WHERE e.list_id IN (SELECT list_id FROM list_entry WHERE film_id = ANY (?))) e
                WHERE e.film_id = ANY (?)"""))) {
            bind(st, 1, ids);
            bind(st, 2, ids);
            forEachRow(st, films, (b, rs) -> {
                String list = Long.toString(rs.getLong("list_id"));
                b.lists.put(list, rs.getInt("list_length"));
                labels.putIfAbsent(FeatureLabels.key(Explanation.Kind.LIST, list),
                        new FeatureLabels.Label(rs.getString("title"), null, "/lists/" + rs.getString("slug")));
                b.tokens.addAll(TextTokens.of(rs.getString("description")));
                b.tokens.addAll(TextTokens.of(rs.getString("fact")));
            });
        }
        try (PreparedStatement st = c.prepareStatement("SELECT film_id, kind, value, label FROM film_attribute"
                + (ids == null ? "" : " WHERE film_id = ANY (?)"))) {
            bind(st, 1, ids);
            forEachRow(st, films, (b, rs) -> {
                String kind = rs.getString("kind");
                String value = rs.getString("value");
                if (kind == null || value == null || kind.isBlank() || value.isBlank()) {
                    return;
                }
                String attribute = kind + ":" + value;
                b.attributes.add(attribute);
                labels.putIfAbsent(FeatureLabels.key(Explanation.Kind.ATTRIBUTE, attribute),
                        new FeatureLabels.Label(rs.getString("label") == null ? value : rs.getString("label"), null, null));
            });
        }
        // a dataset's topics ("Оттепель", "films by Tarkovsky") are attributes of kind topic, linking to their page
        try (PreparedStatement st = c.prepareStatement(
                "SELECT ft.film_id, t.slug, t.name FROM film_topic ft JOIN topic t ON t.id = ft.topic_id"
                + (ids == null ? "" : " WHERE ft.film_id = ANY (?)"))) {
            bind(st, 1, ids);
            forEachRow(st, films, (b, rs) -> {
                String slug = rs.getString("slug");
                String attribute = "topic:" + slug;
                b.attributes.add(attribute);
                labels.putIfAbsent(FeatureLabels.key(Explanation.Kind.ATTRIBUTE, attribute),
                        new FeatureLabels.Label(rs.getString("name"), null, "/topics/" + slug));
            });
        }
        Map<String, List<Long>> baskets = withBaskets ? baskets(c, null) : Map.of();
        // the decade counts among a dataset's metadata; alone (a film only curated lists know) it would
        // make every film of the same decade look alike
        for (Builder b : films.values()) {
            if (!b.attributes.isEmpty() && b.year != null) {
                String decade = Integer.toString(b.year / 10 * 10);
                b.attributes.add("decade:" + decade);
                labels.putIfAbsent(FeatureLabels.key(Explanation.Kind.ATTRIBUTE, "decade:" + decade),
                        new FeatureLabels.Label(decade + "s", decade + "-е", null));
            }
        }
        Map<String, String> broader = broader();
        for (Builder b : films.values()) {
            for (Map.Entry<String, Double> t : List.copyOf(b.themes.entrySet())) {
                String wider = broader.get(t.getKey());
                if (wider != null) {
                    b.themes.merge(wider, t.getValue() * config.broaderThemeFactor(), Math::max);
                }
            }
        }
        List<FilmFeatures> features = new ArrayList<>(films.size());
        films.values().stream().sorted((a, b) -> Long.compare(a.id, b.id)).forEach(b -> features.add(b.build()));
        return new Snapshot(features, baskets, new FeatureLabels(labels));
    }

    /**
     * Baskets of films saved together, with every film of the catalogue they hold: all of them ({@code of} null),
     * or those holding one of these films.
     */
    Map<String, List<Long>> baskets(Connection c, Collection<Long> of) throws SQLException {
        Map<String, List<Long>> baskets = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(of == null
                ? "SELECT b.basket, b.film_id FROM film_basket b JOIN film f ON f.id = b.film_id"
                : """
                SELECT b.basket, b.film_id FROM film_basket b JOIN film f ON f.id = b.film_id
                WHERE b.basket IN (SELECT basket FROM film_basket WHERE film_id = ANY (?))""")) {
            bind(st, 1, of == null ? null : c.createArrayOf("bigint", of.toArray()));
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    baskets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return baskets;
    }

    /** The number of films of the catalogue in any basket. */
    int filmsInAnyBasket(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT count(DISTINCT b.film_id) FROM film_basket b JOIN film f ON f.id = b.film_id");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** What a query of films' features makes of one of its rows, for the film it names ({@code film_id}). */
    private interface FilmRow {
        void read(Builder film, ResultSet rs) throws SQLException;
    }

    /** Runs the query, handing each row whose film is among those read to {@code row}. */
    private static void forEachRow(PreparedStatement st, Map<Long, Builder> films, FilmRow row) throws SQLException {
        st.setFetchSize(10_000);
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Builder b = films.get(rs.getLong("film_id"));
                if (b != null) {
                    row.read(b, rs);
                }
            }
        }
    }

    private static void bind(PreparedStatement st, int parameter, Array ids) throws SQLException {
        if (ids != null) {
            st.setArray(parameter, ids);
        }
    }

    private Map<String, String> broader() {
        Map<String, String> out = new HashMap<>();
        for (String pair : config.broaderThemes()) {
            String[] p = pair.split(">");
            if (p.length == 2 && !p[0].isBlank() && !p[1].isBlank()) {
                out.put(p[0].strip(), p[1].strip());
            }
        }
        return out;
    }

    /** A fingerprint of the baskets: changes when a film is saved to or removed from any of them. */
    public long basketFingerprint(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT count(*) * 1000003 + coalesce(sum(hashtext(basket || '/' || film_id)), 0) FROM film_basket");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final class Builder {
        final long id;
        final Map<String, Double> themes = new HashMap<>();
        final Map<String, Integer> lists = new HashMap<>();
        final List<String> tokens = new ArrayList<>();
        final Set<String> attributes = new HashSet<>();
        Integer year;

        Builder(long id) {
            this.id = id;
        }

        FilmFeatures build() {
            return new FilmFeatures(id, themes, lists, tokens, attributes);
        }
    }
}
