package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.AttributeSimilarity;
import org.kinopanorama.similarity.signal.EaseSimilarity;
import org.kinopanorama.similarity.signal.FeatureStatistics;
import org.kinopanorama.similarity.signal.FilmFeatures;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the catalogue that a rebuild around changed films needs, read through indexed queries instead of the
 * whole catalogue: the films to recompute; every film sharing with them a feature rare enough to propose
 * candidates, or a basket (their candidates, with all their features); and every film of the baskets those hold
 * (for the baskets' sizes and the films' total basket weight; read without features); for a film that falls back
 * on its common features, the films of its windows in them ({@link Neighbours#fallbackWindow}), whose first and
 * last ids the search is given ({@link FeatureStatistics#window}). Weighed by the whole
 * catalogue's counts ({@link StoredStatistics}), a {@link NeighbourEngine} over these films gives each covered film
 * exactly the neighbours that one over the whole catalogue gives it: the same candidates, the same scores, to the
 * last bit (features are numbered in name order and films in id order either way).
 */
final class Neighbourhood {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Neighbourhood.class);

    private final Connection c;
    private final CatalogueFeatures reader;
    private final int catalogueFilms;
    private final int proposingCap;
    private final int featuresPerFilm;
    private final Set<Long> asked = new HashSet<>();
    private final Map<Long, FilmFeatures> films = new HashMap<>();
    private final Map<String, FeatureLabels.Label> labels = new HashMap<>();
    private final Set<Long> basketsRead = new HashSet<>();
    private final Map<String, List<Long>> baskets = new HashMap<>();
    private final Set<String> counted = new HashSet<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, long[]> windows = new HashMap<>();
    private Map<String, Integer> filmsByKind = Map.of();
    private int filmsInAnyBasket = -1;
    /** Every film of the catalogue, read in one pass once the films wanted are a large share of it; else null. */
    private Map<Long, FilmFeatures> everyFilm;

    Neighbourhood(Connection c, CatalogueFeatures reader, int catalogueFilms) {
        this.c = c;
        this.reader = reader;
        this.catalogueFilms = catalogueFilms;
        this.proposingCap = Neighbours.CandidateLimits.forCatalogue(catalogueFilms).maxDocumentFrequency();
        this.featuresPerFilm = Neighbours.CandidateLimits.forCatalogue(catalogueFilms).featuresPerFilm();
    }

    /**
     * Reads what computing these films' top {@code wanted} needs (what was read already is not read again),
     * including, for a film whose rare features and baskets propose fewer than {@code wanted} films, the films of
     * its common features that the search then looks through, rarest first: in each, only the film's window
     * ({@link Neighbours#fallbackWindow} films either side by id), one indexed query a feature.
     */
    void cover(Collection<Long> targets, int wanted) throws SQLException {
        cover(targets);
        fallBack(targets, wanted);
    }

    /**
     * For each of these films (read) whose candidates among the films read are fewer than {@code wanted}, reads the
     * films of its common features' windows that the search then looks through (see {@link #cover(Collection, int)}).
     */
    private void fallBack(Collection<Long> targets, int wanted) throws SQLException {
        Map<String, Set<Long>> having = new HashMap<>();
        for (FilmFeatures f : films.values()) {
            for (String k : FeatureStatistics.keys(f)) {
                having.computeIfAbsent(k, x -> new HashSet<>()).add(f.filmId());
            }
        }
        Map<Long, Set<Long>> falling = new HashMap<>();
        Map<Long, List<String>> commonOf = new HashMap<>();
        for (long t : targets) {
            FilmFeatures f = films.get(t);
            if (f == null) {
                continue;
            }
            Set<String> keys = FeatureStatistics.keys(f);
            Set<Long> candidates = basketsOf(List.of(t));
            for (String k : proposing(keys)) {
                candidates.addAll(having.getOrDefault(k, Set.of()));
            }
            candidates.remove(t);
            if (candidates.size() >= wanted) {
                continue;
            }
            List<String> common = new ArrayList<>();
            for (String k : keys) {
                if (documentFrequency.getOrDefault(k, 0) > proposingCap) {
                    common.add(k);
                }
            }
            common.sort(java.util.Comparator.<String>comparingInt(k -> documentFrequency.get(k))
                    .thenComparingInt(k -> KIND_ORDER.indexOf(k.charAt(0))).thenComparing(k -> k));
            falling.put(t, candidates);
            commonOf.put(t, common);
        }
        int half = Neighbours.fallbackWindow(wanted);
        Map<Long, Map<String, List<Long>>> windowsOf = windows(commonOf, half);
        Set<Long> windowFilms = new HashSet<>();
        for (Map.Entry<Long, List<String>> e : commonOf.entrySet()) {
            long t = e.getKey();
            Set<Long> candidates = falling.get(t);
            for (String k : e.getValue()) {
                if (candidates.size() >= wanted) {
                    break;
                }
                List<Long> window = windowsOf.getOrDefault(t, Map.of()).getOrDefault(k, List.of());
                windowFilms.addAll(window);
                candidates.addAll(window);
                candidates.remove(t);
                long first = window.isEmpty() ? t : Math.min(t, window.get(0));
                long last = window.isEmpty() ? t : Math.max(t, window.get(window.size() - 1));
                windows.put(FeatureStatistics.windowKey(t, k, half), new long[] {first, last});
            }
        }
        features(windowFilms);
        Set<String> all = new HashSet<>();
        films.values().forEach(f -> all.addAll(FeatureStatistics.keys(f)));
        counts(all);
    }

    /**
     * The films whose fallback may look at these changed films, so whose neighbours may change with them although
     * they are not among the changed films' closest: films near a changed film in the window of one of its common
     * features, now or before the change ({@code formerKeys}), unless one of their rare features alone proposes
     * {@code wanted} films (then they never fall back). Windows are symmetric: such a film's window holds the
     * changed film exactly when the changed film's holds it.
     */
    Set<Long> fallingBackNear(Collection<Long> changed, Map<Long, Set<String>> formerKeys, int wanted)
            throws SQLException {
        features(changed);
        int half = Neighbours.fallbackWindow(wanted);
        Set<Long> near = new HashSet<>();
        Map<Long, List<String>> commonOf = new HashMap<>();
        for (long t : changed) {
            Set<String> keys = new HashSet<>(formerKeys.getOrDefault(t, Set.of()));
            FilmFeatures now = films.get(t);
            if (now != null) {
                keys.addAll(FeatureStatistics.keys(now));
            }
            counts(keys);
            for (String k : keys) {
                if (documentFrequency.getOrDefault(k, 0) > proposingCap) {
                    commonOf.computeIfAbsent(t, x -> new ArrayList<>()).add(k);
                }
            }
        }
        windows(commonOf, half).values().forEach(byFeature -> byFeature.values().forEach(near::addAll));
        near.removeAll(changed);
        // decided in PostgreSQL from the stored features and counts, without reading these films (thousands)
        return StoredStatistics.fallingBack(c, near, proposingCap, featuresPerFilm, wanted);
    }

    /**
     * {@link StoredStatistics#windows}, the features held by more than a twentieth of the films looked up by walking
     * the films by id, the others through the features' index.
     */
    private Map<Long, Map<String, List<Long>>> windows(Map<Long, List<String>> commonOf, int half) throws SQLException {
        Map<Long, List<String>> veryCommon = new HashMap<>();
        Map<Long, List<String>> rest = new HashMap<>();
        commonOf.forEach((film, keys) -> keys.forEach(k -> (documentFrequency.getOrDefault(k, 0) > catalogueFilms / 20
                ? veryCommon : rest).computeIfAbsent(film, x -> new ArrayList<>()).add(k)));
        Map<Long, Map<String, List<Long>>> out = StoredStatistics.windows(c, rest, half, false);
        StoredStatistics.windows(c, veryCommon, half, true).forEach((film, byFeature) ->
                out.computeIfAbsent(film, x -> new HashMap<>()).putAll(byFeature));
        return out;
    }

    /** The features of these films (those read). */
    private Set<String> keysOf(Collection<Long> ids) {
        Set<String> keys = new HashSet<>();
        for (long t : ids) {
            FilmFeatures f = films.get(t);
            if (f != null) {
                keys.addAll(FeatureStatistics.keys(f));
            }
        }
        return keys;
    }

    /** The order of the blend's vector parts (themes, lists, words, attributes): ties of the fallback go by it. */
    private static final String KIND_ORDER = "tlwa";

    /** The features through which the search proposes candidates: per kind, at most so many of the rarest. */
    private List<String> proposing(Set<String> keys) {
        Map<Character, List<String>> byKind = new HashMap<>();
        for (String k : keys) {
            int df = documentFrequency.getOrDefault(k, 0);
            if (df > 0 && df <= proposingCap) {
                byKind.computeIfAbsent(k.charAt(0), x -> new ArrayList<>()).add(k);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> ks : byKind.values()) {
            ks.sort(java.util.Comparator.<String>comparingInt(k -> documentFrequency.get(k)).thenComparing(k -> k));
            out.addAll(ks.subList(0, Math.min(featuresPerFilm, ks.size())));
        }
        return out;
    }

    private void cover(Collection<Long> targets) throws SQLException {
        long t0 = System.nanoTime();
        features(targets);
        long t1 = System.nanoTime();
        Set<Long> savedWith = basketsOf(targets);
        long t2 = System.nanoTime();
        Set<String> proposing = new HashSet<>();
        Set<String> keys = keysOf(targets);
        counts(keys);
        for (String k : keys) {
            int df = documentFrequency.getOrDefault(k, 0);
            if (df > 0 && df <= proposingCap) {
                proposing.add(k);
            }
        }
        long t3 = System.nanoTime();
        Set<Long> candidates = StoredStatistics.sharing(c, proposing);
        long t4 = System.nanoTime();
        candidates.addAll(savedWith);
        features(candidates);
        long t5 = System.nanoTime();
        basketsOf(savedWith);
        long t6 = System.nanoTime();
        Set<String> all = new HashSet<>();
        films.values().forEach(f -> all.addAll(FeatureStatistics.keys(f)));
        counts(all);
        long t7 = System.nanoTime();
        LOG.debugf("Around %d films: features %d ms, baskets %d ms, counts %d ms, films sharing %d ms (%d features, %d films), their features %d ms, baskets %d ms, counts %d ms (%d features)",
                targets.size(), (t1 - t0) / 1000000, (t2 - t1) / 1000000, (t3 - t2) / 1000000, (t4 - t3) / 1000000, proposing.size(), candidates.size(),
                (t5 - t4) / 1000000, (t6 - t5) / 1000000, (t7 - t6) / 1000000, all.size());
    }

    /** The films read (whole catalogue's counts, films of the baskets read included without features). */
    NeighbourEngine engine(SimilarityConfig config) throws SQLException {
        return engine(config, null);
    }

    /** The same, with EASE as fitted on every basket ({@code fittedEase}; null: fitted on the baskets read). */
    NeighbourEngine engine(SimilarityConfig config, EaseSimilarity.Fitted fittedEase) throws SQLException {
        List<FilmFeatures> all = new ArrayList<>(films.values());
        Set<Long> inBaskets = new HashSet<>();
        baskets.values().forEach(inBaskets::addAll);
        inBaskets.removeAll(films.keySet());
        inBaskets.forEach(id -> all.add(FilmFeatures.empty(id)));
        return NeighbourEngine.of(all, baskets, config, statistics(), fittedEase);
    }

    /**
     * The approximate reading around changed films on a large catalogue: of each film's candidates (the films
     * sharing one of its proposing features, its basket mates, its EASE partners) only the {@code perTarget} most
     * promising are read, ranked without reading them by what their shared features would give if their vectors
     * were like the film's ({@link #promise}); then, as {@link #cover(Collection, int)}, the windows of a film
     * with fewer than {@code wanted} candidates. On a large catalogue the search scores exactly only the
     * {@code 2 · wanted + 20} candidates with the highest partial score, so a film's related films are those of a
     * full search whenever those are among the films read.
     *
     * @param easePartners each film's EASE partners and scores, as fitted on every basket (empty without EASE)
     */
    void coverClosest(Collection<Long> targets, int wanted, int perTarget, SimilarityConfig config,
                      Map<Long, Map<Long, Double>> easePartners) throws SQLException {
        long started = System.nanoTime();
        features(targets);
        basketsOf(targets);
        Set<String> keys = keysOf(targets);
        counts(keys);
        Set<Long> chosen = new HashSet<>();
        Set<Long> mates = new HashSet<>();
        for (long t : targets) {
            FilmFeatures f = films.get(t);
            if (f == null) {
                continue;
            }
            Map<Long, Double> promise = promise(f, config, perTarget);
            Map<Long, Double> saved = savedWith(t, config.weights().behaviour());
            mates.addAll(saved.keySet());
            saved.forEach((film, w) -> promise.merge(film, w, Double::sum));
            easePartners.getOrDefault(t, Map.of()).forEach((film, w) -> promise.merge(film, config.ease().weight() * w, Double::sum));
            promise.remove(t);
            promise.entrySet().stream()
                    .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(perTarget).forEach(e -> chosen.add(e.getKey()));
        }
        long ranked = System.nanoTime();
        features(chosen);
        chosen.retainAll(mates);
        // a basket mate's own baskets weigh its "saved together" score (the sum of its baskets' weights)
        basketsOf(chosen);
        long read = System.nanoTime();
        fallBack(targets, wanted);
        long windowed = System.nanoTime();
        Set<String> all = new HashSet<>();
        films.values().forEach(ff -> all.addAll(FeatureStatistics.keys(ff)));
        counts(all);
        LOG.debugf("Closest to %d films: ranked %d ms, %d read %d ms, fallback windows %d ms, counts of %d features %d ms",
                targets.size(), (ranked - started) / 1_000_000, films.size(), (read - ranked) / 1_000_000,
                (windowed - read) / 1_000_000, all.size(), (System.nanoTime() - windowed) / 1_000_000);
    }

    /**
     * Reads these films too (their features, and the baskets of those saved with one of {@code savedWithAny}): films
     * whose stored related films hold a changed film, to score them with it again.
     */
    void add(Collection<Long> ids, Collection<Long> savedWithAny) throws SQLException {
        features(ids);
        Set<Long> mates = basketsOf(savedWithAny);
        mates.retainAll(new HashSet<>(ids));
        basketsOf(mates);
        Set<String> all = new HashSet<>();
        films.values().forEach(ff -> all.addAll(FeatureStatistics.keys(ff)));
        counts(all);
    }

    /**
     * Films sharing a proposing feature with this film, at most {@code limit} of them, by what the shared
     * features would add to their score if their vectors were the film's: per kind, the weight of the kind times
     * each shared feature's squared share of the film's vector (idf of the catalogue's counts, theme weights and
     * attribute kind weights; term frequencies left out). One indexed query (the features' index).
     */
    private Map<Long, Double> promise(FilmFeatures f, SimilarityConfig config, int limit) throws SQLException {
        Map<String, Double> raw = new HashMap<>();
        Map<Character, Double> norm = new HashMap<>();
        for (String k : FeatureStatistics.keys(f)) {
            int df = documentFrequency.getOrDefault(k, 0);
            if (df <= 0) {
                continue;
            }
            double x = switch (k.charAt(0)) {
                case FeatureStatistics.THEME -> f.themes().getOrDefault(k.substring(1), 1.0) * Math.log((double) catalogueFilms / df);
                case FeatureStatistics.ATTRIBUTE -> {
                    String kind = AttributeSimilarity.kind(k.substring(1));
                    int ofKind = Math.max(df, filmsByKind.getOrDefault(FeatureStatistics.kindOfAttribute(kind), df));
                    yield config.attributeKinds().getOrDefault(kind, 1.0) * Math.log(1.0 + (double) ofKind / df);
                }
                default -> Math.log((double) catalogueFilms / df);
            };
            if (x > 0) {
                raw.put(k, x);
                norm.merge(k.charAt(0), x * x, Double::sum);
            }
        }
        List<String> features = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String k : proposing(FeatureStatistics.keys(f))) {
            Double x = raw.get(k);
            if (x != null) {
                features.add(k);
                weights.add(kindWeight(k.charAt(0), config) * x * x / norm.get(k.charAt(0)));
            }
        }
        Map<Long, Double> out = new HashMap<>();
        if (features.isEmpty()) {
            return out;
        }
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET LOCAL enable_seqscan = off");
        }
        try (java.sql.PreparedStatement st = c.prepareStatement("""
                SELECT s.film_id, sum(p.w) FROM unnest(?::text[], ?::float8[]) AS p(feature, w)
                CROSS JOIN LATERAL (SELECT film_id FROM similarity_film_feature WHERE features @> ARRAY[p.feature]) s
                WHERE s.film_id <> ?
                GROUP BY s.film_id ORDER BY 2 DESC, 1 LIMIT ?""")) {
            st.setArray(1, c.createArrayOf("text", features.toArray()));
            st.setArray(2, c.createArrayOf("float8", weights.toArray()));
            st.setLong(3, f.filmId());
            st.setInt(4, limit);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getDouble(2));
                }
            }
        } finally {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SET LOCAL enable_seqscan = on");
            }
        }
        return out;
    }

    private static double kindWeight(char kind, SimilarityConfig config) {
        return switch (kind) {
            case FeatureStatistics.THEME -> config.weights().themes();
            case FeatureStatistics.LIST -> config.weights().lists();
            case FeatureStatistics.WORD -> config.weights().text();
            default -> config.weights().attributes();
        };
    }

    /**
     * This film's basket mates (its baskets read), each with {@code weight} times the share of the film's basket
     * weight ({@code 1 / ln(1 + size)}) the baskets holding both carry: a stand-in for "saved together" that needs
     * no mate's own baskets.
     */
    private Map<Long, Double> savedWith(long film, double weight) {
        Map<Long, Double> out = new HashMap<>();
        double total = 0;
        for (List<Long> members : baskets.values()) {
            if (!members.contains(film)) {
                continue;
            }
            double w = 1.0 / Math.log(1.0 + members.size());
            total += w;
            for (long m : members) {
                out.merge(m, w, Double::sum);
            }
        }
        out.remove(film);
        double sum = total;
        out.replaceAll((m, w) -> weight * w / sum);
        return out;
    }

    FeatureStatistics statistics() throws SQLException {
        if (filmsInAnyBasket < 0) {
            filmsInAnyBasket = reader.filmsInAnyBasket(c);
        }
        Map<String, Integer> kinds = new HashMap<>(filmsByKind);
        kinds.put(FeatureStatistics.IN_A_BASKET, filmsInAnyBasket);
        return new FeatureStatistics(catalogueFilms, kinds, documentFrequency, windows);
    }

    FeatureLabels labels() {
        return new FeatureLabels(labels);
    }

    /** Films read with their features. */
    int size() {
        return films.size();
    }

    /** The films read with their features (a film that no longer exists is absent). */
    Set<Long> filmIds() {
        return Set.copyOf(films.keySet());
    }

    /**
     * The features of these films as read (a film that no longer exists is absent). By id while they are few; once
     * the films wanted reach a {@link #EVERY_FILM_SHARE} of the catalogue, every film in one pass (a full read's
     * cost, where thousands of films by id cost far more), each film's features the same either way.
     */
    Map<Long, FilmFeatures> features(Collection<Long> ids) throws SQLException {
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(asked);
        if (!missing.isEmpty()) {
            if (everyFilm == null && (long) (asked.size() + missing.size()) * EVERY_FILM_SHARE > catalogueFilms) {
                CatalogueFeatures.Snapshot s = reader.readEveryFilm(c);
                everyFilm = new HashMap<>();
                s.films().forEach(f -> everyFilm.put(f.filmId(), f));
                s.labels().labels().forEach(labels::putIfAbsent);
            }
            if (everyFilm != null) {
                for (long id : missing) {
                    FilmFeatures f = everyFilm.get(id);
                    if (f != null) {
                        films.put(id, f);
                    }
                }
            } else {
                CatalogueFeatures.Snapshot s = reader.read(c, missing);
                s.films().forEach(f -> films.put(f.filmId(), f));
                s.labels().labels().forEach(labels::putIfAbsent);
            }
            asked.addAll(missing);
        }
        Map<Long, FilmFeatures> out = new HashMap<>();
        for (long id : ids) {
            FilmFeatures f = films.get(id);
            if (f != null) {
                out.put(id, f);
            }
        }
        return out;
    }

    /** Reads every basket holding one of these films, with all its films; returns the films saved with them. */
    private Set<Long> basketsOf(Collection<Long> ids) throws SQLException {
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(basketsRead);
        if (!missing.isEmpty()) {
            reader.baskets(c, missing).forEach(baskets::putIfAbsent);
            basketsRead.addAll(missing);
        }
        Set<Long> of = ids instanceof Set<Long> set ? set : new HashSet<>(ids);
        Set<Long> with = new HashSet<>();
        for (List<Long> members : baskets.values()) {
            for (long id : members) {
                if (of.contains(id)) {
                    with.addAll(members);
                    break;
                }
            }
        }
        return with;
    }

    /** Past one film in this many of the catalogue wanted, {@link #features} reads every film in one pass. */
    private static final int EVERY_FILM_SHARE = 4;

    private void counts(Set<String> keys) throws SQLException {
        Set<String> missing = new HashSet<>(keys);
        missing.removeAll(counted);
        if (missing.isEmpty() && !counted.isEmpty()) {
            return;
        }
        FeatureStatistics loaded = StoredStatistics.load(c, missing);
        documentFrequency.putAll(loaded.documentFrequencies());
        filmsByKind = loaded.filmsByKind();
        counted.addAll(missing);
    }
}
