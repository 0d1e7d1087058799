package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.AttributeSimilarity;
import org.kinopanorama.similarity.signal.BehaviourSimilarity;
import org.kinopanorama.similarity.signal.BlendedSimilarity;
import org.kinopanorama.similarity.signal.EaseSimilarity;
import org.kinopanorama.similarity.signal.FeatureStatistics;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.kinopanorama.similarity.signal.FilmIndex;
import org.kinopanorama.similarity.signal.FilmSimilarity;
import org.kinopanorama.similarity.signal.IndexedSimilarity;
import org.kinopanorama.similarity.signal.ListSimilarity;
import org.kinopanorama.similarity.signal.SparseCosine;
import org.kinopanorama.similarity.signal.TextSimilarity;
import org.kinopanorama.similarity.signal.ThemeSimilarity;
import org.kinopanorama.similarity.signal.VectorSimilarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Top-k most similar films, for one film or for the whole catalogue.
 *
 * <p>Result of {@link #topK}: sorted by score descending, then film id ascending; never the query film; only
 * scores above 0; at most {@code k} entries; empty for an unknown film or {@code k == 0}. Each neighbour carries
 * its {@link Explanation}. Scores are {@link #similarity()}'s, to the last bit. Deterministic: same input, same
 * output, however many cores.
 *
 * <p>Candidates are sparse, never all pairs: only films sharing a feature with the query film through an
 * inverted index (feature → films) are ever scored. To keep that sparse on a large catalogue
 * ({@link CandidateLimits}), a feature held by more than {@code maxDocumentFrequency} films ("drama", "1970s",
 * "war") proposes no candidates (it still counts in the score of films proposed otherwise), and each film
 * proposes through at most {@code featuresPerFilm} of its rarest features per kind. So a film whose only link to
 * the query is a common feature may be missed: rare shared features are what make a good neighbour anyway. But a
 * film whose rare features and baskets propose fewer than {@code k} candidates (one with only a studio, a decade
 * and a broad genre) is then looked up through its common features too, rarest first, until it has that many
 * (built-in similarities only): every film with a feature another film shares gets neighbours. From each common
 * feature's films only a window is looked through, the {@link #fallbackWindow} films before and after the film by
 * id, so the fallback's cost per film is bounded however common the feature; the window is symmetric (a film is
 * in another's window of a feature exactly when that one is in its own) and the rebuild around a change reads
 * these same windows ({@link Neighbourhood}).
 * For the built-in similarities (and blends of them over the same films), candidates are first ranked by the
 * part of the score their rare features and baskets give, and the best {@code 2k + 20} are scored exactly;
 * for any other similarity every candidate is scored.
 */
public final class Neighbours {

    /**
     * Bounds of candidate generation.
     *
     * @param featuresPerFilm      at most this many of a film's rarest features (per kind) propose candidates, &ge; 1
     * @param maxDocumentFrequency features held by more films than this propose none, &ge; 1
     */
    public record CandidateLimits(int featuresPerFilm, int maxDocumentFrequency) {

        public CandidateLimits {
            if (featuresPerFilm < 1 || maxDocumentFrequency < 1) {
                throw new IllegalArgumentException("candidate limits must be >= 1: " + featuresPerFilm + ", "
                        + maxDocumentFrequency);
            }
        }

        /** 32 features a film and kind; document frequency cap of 0.5% of the catalogue, at least 200. */
        public static CandidateLimits forCatalogue(int films) {
            return new CandidateLimits(32, Math.max(200, films / 200));
        }
    }

    private final FilmSimilarity similarity;
    private final Search search;

    public Neighbours(Collection<FilmFeatures> films, FilmSimilarity similarity) {
        this(films, similarity, CandidateLimits.forCatalogue(films.size()));
    }

    public Neighbours(Collection<FilmFeatures> films, FilmSimilarity similarity, CandidateLimits limits) {
        this(films, similarity, limits, null);
    }

    /** @param catalogue the catalogue's counts and fallback windows when {@code films} are only a part of it */
    private Neighbours(Collection<FilmFeatures> films, FilmSimilarity similarity, CandidateLimits limits,
                       FeatureStatistics catalogue) {
        this.similarity = Objects.requireNonNull(similarity, "similarity");
        Objects.requireNonNull(limits, "limits");
        FilmIndex index = FilmIndex.ofFilms(films);
        BlendedSimilarity blend = asIndexedBlend(similarity, index);
        this.search = blend != null ? new IndexedSearch(blend, limits, catalogue)
                : new GenericSearch(index, films, similarity, limits);
    }

    /**
     * How many films before and after a film (by id) among those having one of its common features the fallback
     * looks through, when the film wants {@code wanted} candidates: {@code max(2 wanted, 128)}.
     */
    static int fallbackWindow(int wanted) {
        return Math.max(2 * wanted, 128);
    }

    /** The blend with {@link SimilarityWeights#DEFAULTS} and no behaviour. */
    public static Neighbours standard(Collection<FilmFeatures> films) {
        return blend(films, Map.of(), SimilarityWeights.DEFAULTS);
    }

    /**
     * The app's blend: themes, lists, text, attributes and behaviour (baskets: basket → film ids; films not in
     * {@code films} are ignored), weighted by {@code weights}, with the default behaviour tuning, all attribute
     * kinds weighing 1, and candidate limits for the catalogue's size.
     */
    public static Neighbours blend(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                                   SimilarityWeights weights) {
        return blend(films, baskets, weights, BehaviourSimilarity.Tuning.DEFAULT, Map.of(),
                CandidateLimits.forCatalogue(films.size()));
    }

    /** The app's blend with every setting given. */
    public static Neighbours blend(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                                   SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                                   Map<String, Double> attributeKindWeights, CandidateLimits limits) {
        return new Neighbours(films, similarity(films, baskets, weights, tuning, attributeKindWeights), limits);
    }

    /** The app's blend with every setting given, EASE ({@link EaseSimilarity}) weighing {@code easeWeight}. */
    public static Neighbours blend(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                                   SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                                   Map<String, Double> attributeKindWeights, CandidateLimits limits,
                                   double easeWeight, EaseSimilarity.Settings ease) {
        return new Neighbours(films, similarity(films, baskets, weights, tuning, attributeKindWeights, easeWeight, ease, null, null),
                limits);
    }

    /**
     * The app's blend over the part of the catalogue around a change: features weighed by the whole catalogue's
     * counts, so that each of these films' top k is the one a blend over the whole catalogue gives, provided every
     * film sharing a proposing feature or a basket with it is among {@code films}, with every film of those baskets.
     */
    static Neighbours blend(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                            SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                            Map<String, Double> attributeKindWeights, FeatureStatistics catalogue,
                            double easeWeight, EaseSimilarity.Settings ease, EaseSimilarity.Fitted fittedEase) {
        return new Neighbours(films, similarity(films, baskets, weights, tuning, attributeKindWeights, easeWeight, ease,
                catalogue, fittedEase), CandidateLimits.forCatalogue(catalogue.films()), catalogue);
    }

    /** The blended similarity {@link #blend} ranks by (parts of weight 0 are not even built). */
    public static FilmSimilarity similarity(Collection<FilmFeatures> films,
                                            Map<String, ? extends Collection<Long>> baskets,
                                            SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                                            Map<String, Double> attributeKindWeights) {
        return similarity(films, baskets, weights, tuning, attributeKindWeights, 0, null, null, null);
    }

    /**
     * The blended similarity with EASE as one more part, weighing {@code easeWeight} (left out when 0, or when
     * fewer than two films have enough baskets).
     */
    public static FilmSimilarity similarity(Collection<FilmFeatures> films,
                                            Map<String, ? extends Collection<Long>> baskets,
                                            SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                                            Map<String, Double> attributeKindWeights,
                                            double easeWeight, EaseSimilarity.Settings ease) {
        return similarity(films, baskets, weights, tuning, attributeKindWeights, easeWeight, ease, null, null);
    }

    private static FilmSimilarity similarity(Collection<FilmFeatures> films,
                                             Map<String, ? extends Collection<Long>> baskets,
                                             SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                                             Map<String, Double> attributeKindWeights,
                                             double easeWeight, EaseSimilarity.Settings ease, FeatureStatistics catalogue,
                                             EaseSimilarity.Fitted fittedEase) {
        Objects.requireNonNull(weights, "weights");
        FilmIndex index = FilmIndex.ofFilms(films);
        Map<FilmSimilarity, Double> parts = new LinkedHashMap<>();
        if (weights.themes() > 0) {
            parts.put(new ThemeSimilarity(index, films, catalogue), weights.themes());
        }
        if (weights.lists() > 0) {
            parts.put(new ListSimilarity(index, films, catalogue), weights.lists());
        }
        if (weights.text() > 0) {
            parts.put(new TextSimilarity(index, films, catalogue), weights.text());
        }
        if (weights.attributes() > 0) {
            parts.put(new AttributeSimilarity(index, films, attributeKindWeights, catalogue), weights.attributes());
        }
        if (weights.behaviour() > 0) {
            parts.put(catalogue == null ? new BehaviourSimilarity(index, baskets, tuning)
                    : new BehaviourSimilarity(index, baskets, tuning, catalogue.filmsWith(FeatureStatistics.IN_A_BASKET)),
                    weights.behaviour());
        }
        if (easeWeight > 0 && ease != null) {
            // fitted before on the same baskets (by a full rebuild): the same scores, without every basket and a solve
            EaseSimilarity e = fittedEase != null ? new EaseSimilarity(index, fittedEase) : new EaseSimilarity(index, baskets, ease);
            if (e.modelledFilms() > 0) {
                parts.put(e, easeWeight);
            }
        }
        return new BlendedSimilarity(parts);
    }

    /** The similarity neighbours are ranked by. */
    public FilmSimilarity similarity() {
        return similarity;
    }

    public List<Neighbour> topK(long film, int k) {
        checkK(k);
        return search.topK(film, k, new Scratch(search.size()));
    }

    /**
     * Every film's top {@code k}, handed to {@code sink} in ascending film id order, one film at a time, computed in
     * parallel a block at a time (so the caller may write them out as they come without holding them all).
     */
    public void forEachTopK(int k, BiConsumer<Long, List<Neighbour>> sink) {
        checkK(k);
        Objects.requireNonNull(sink, "sink");
        int n = search.size();
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n));
        int block = 1024;
        for (int start = 0; start < n; start += block) {
            int from = start;
            int to = Math.min(n, start + block);
            @SuppressWarnings("unchecked")
            List<Neighbour>[] out = new List[to - from];
            IntStream.range(from, to).parallel().forEach(i -> out[i - from] = search.topK(search.id(i), k, scratch.get()));
            for (int i = from; i < to; i++) {
                sink.accept(search.id(i), out[i - from]);
            }
        }
    }

    /** Every film's top {@code k}, by film id ascending. */
    public Map<Long, List<Neighbour>> topKAll(int k) {
        Map<Long, List<Neighbour>> all = new LinkedHashMap<>();
        forEachTopK(k, all::put);
        return all;
    }

    private static void checkK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
    }

    private static BlendedSimilarity asIndexedBlend(FilmSimilarity similarity, FilmIndex index) {
        if (similarity instanceof BlendedSimilarity b) {
            return index.equals(b.index()) ? b : null;
        }
        if (similarity instanceof IndexedSimilarity s && index.equals(s.index)) {
            return new BlendedSimilarity(Map.of(s, 1.0));
        }
        return null;
    }

    private static final Comparator<Neighbour> ORDER =
            Comparator.comparingDouble(Neighbour::score).reversed().thenComparingLong(Neighbour::filmId);

    /** Per-thread working arrays, one slot per film, left clean after each film. */
    static final class Scratch {
        final double[] partial;
        final int[] co;
        final double[] shared;
        final double[] largest;
        final boolean[] seen;
        int[] touched = new int[256];
        int count;

        Scratch(int n) {
            partial = new double[n];
            co = new int[n];
            shared = new double[n];
            largest = new double[n];
            seen = new boolean[n];
        }

        void touch(int j) {
            if (!seen[j]) {
                seen[j] = true;
                if (count == touched.length) {
                    touched = Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = j;
            }
        }

        void clear() {
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                seen[j] = false;
                partial[j] = 0;
                co[j] = 0;
                shared[j] = 0;
                largest[j] = 0;
            }
            count = 0;
        }
    }

    /** A search over the films of an index: a film's k best, the scratch left cleared for the next film. */
    private abstract static class Search {
        final FilmIndex index;

        Search(FilmIndex index) {
            this.index = index;
        }

        final int size() {
            return index.size();
        }

        final long id(int i) {
            return index.id(i);
        }

        final List<Neighbour> topK(long film, int k, Scratch s) {
            int i = index.indexOf(film);
            if (i < 0 || k == 0) {
                return List.of();
            }
            try {
                return topK(i, film, k, s);
            } finally {
                s.clear();
            }
        }

        /** The k best of the film at index {@code i}, {@code s} cleared when called. */
        abstract List<Neighbour> topK(int i, long film, int k, Scratch s);
    }

    /** Built-in similarities: primitive postings, accumulation of the rare features' share, exact rescoring. */
    private static final class IndexedSearch extends Search {
        private final BlendedSimilarity blend;
        private final int cap;
        private final int perFilm;
        private final SparseCosine[] vectors;
        private final double[] vectorWeight;
        /** Feature → films having it (and their components), for every feature: common ones only for the fallback. */
        private final int[][][] postingFilms;
        private final double[][][] postingValues;
        private final BehaviourSimilarity behaviour;
        private final double behaviourWeight;
        private final EaseSimilarity ease;
        private final double easeWeight;
        /** The catalogue's fallback windows when these films are a part of it, else null (positions are the catalogue's). */
        private final FeatureStatistics catalogue;

        IndexedSearch(BlendedSimilarity blend, CandidateLimits limits, FeatureStatistics catalogue) {
            super(blend.index());
            this.blend = blend;
            this.catalogue = catalogue;
            this.cap = limits.maxDocumentFrequency();
            this.perFilm = limits.featuresPerFilm();
            List<SparseCosine> vs = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            BehaviourSimilarity b = null;
            double bw = 0;
            EaseSimilarity e = null;
            double ew = 0;
            for (int p = 0; p < blend.partCount(); p++) {
                FilmSimilarity part = blend.part(p);
                if (part instanceof VectorSimilarity v) {
                    vs.add(v.vectors);
                    ws.add(blend.weight(p));
                } else if (part instanceof SparseCosine c) {
                    vs.add(c);
                    ws.add(blend.weight(p));
                } else if (part instanceof BehaviourSimilarity bs && b == null) {
                    b = bs; // a second behaviour part would still count in the exact score, just propose nothing
                    bw = blend.weight(p);
                } else if (part instanceof EaseSimilarity es && e == null) {
                    e = es;
                    ew = blend.weight(p);
                }
            }
            this.ease = e;
            this.easeWeight = ew;
            this.vectors = vs.toArray(new SparseCosine[0]);
            this.vectorWeight = ws.stream().mapToDouble(Double::doubleValue).toArray();
            this.behaviour = b;
            this.behaviourWeight = bw;
            this.postingFilms = new int[vectors.length][][];
            this.postingValues = new double[vectors.length][][];
            for (int c = 0; c < vectors.length; c++) {
                SparseCosine v = vectors[c];
                int[][] films = new int[v.featureCount()][];
                double[][] values = new double[v.featureCount()][];
                int[] fill = new int[v.featureCount()];
                // counted here, not v.documentFrequency: over the films around a change, that is the catalogue's
                for (int i = 0; i < index.size(); i++) {
                    for (int f : v.features(i)) {
                        fill[f]++;
                    }
                }
                for (int f = 0; f < films.length; f++) {
                    films[f] = new int[fill[f]];
                    values[f] = new double[fill[f]];
                    fill[f] = 0;
                }
                for (int i = 0; i < index.size(); i++) {
                    int[] fs = v.features(i);
                    double[] xs = v.values(i);
                    for (int p = 0; p < fs.length; p++) {
                        int f = fs[p];
                        films[f][fill[f]] = i;
                        values[f][fill[f]++] = xs[p];
                    }
                }
                postingFilms[c] = films;
                postingValues[c] = values;
            }
        }

        @Override
        List<Neighbour> topK(int i, long film, int k, Scratch s) {
            accumulate(i, s);
            if (s.count < k) {
                accumulateCommon(i, k, s);
            }
            return best(i, k, s);
        }

        private void accumulate(int i, Scratch s) {
            for (int c = 0; c < vectors.length; c++) {
                SparseCosine v = vectors[c];
                int[] fs = v.features(i);
                double[] xs = v.values(i);
                int[][] films = postingFilms[c];
                double[][] values = postingValues[c];
                for (int p : rarest(v, fs, films)) {
                    int[] js = films[fs[p]];
                    double[] ys = values[fs[p]];
                    double x = vectorWeight[c] * xs[p];
                    for (int q = 0; q < js.length; q++) {
                        int j = js[q];
                        if (j != i) {
                            s.touch(j);
                            s.partial[j] += x * ys[q];
                        }
                    }
                }
            }
            if (behaviour != null) {
                for (int u : behaviour.basketsOf[i]) {
                    double w = behaviour.basketWeight[u];
                    for (int j : behaviour.members[u]) {
                        if (j != i) {
                            s.touch(j);
                            s.co[j]++;
                            s.shared[j] += w;
                            s.largest[j] = Math.max(s.largest[j], w);
                        }
                    }
                }
            }
            if (ease != null) {
                int[] js = ease.partnersAt(i);
                float[] ys = ease.scoresAt(i);
                for (int q = 0; q < js.length; q++) {
                    s.touch(js[q]);
                    s.partial[js[q]] += easeWeight * ys[q];
                }
            }
        }

        /**
         * The fallback: candidates through the film's common features (over the document frequency cap), rarest
         * first, until at least {@code wanted} films are candidates; from each, only the film's window.
         */
        private void accumulateCommon(int i, int wanted, Scratch s) {
            List<long[]> common = new ArrayList<>();
            for (int c = 0; c < vectors.length; c++) {
                int[] fs = vectors[c].features(i);
                for (int p = 0; p < fs.length; p++) {
                    int df = vectors[c].documentFrequency(fs[p]);
                    if (df > cap) {
                        common.add(new long[] {df, c, p});
                    }
                }
            }
            common.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2]));
            for (long[] e : common) {
                if (s.count >= wanted) {
                    return;
                }
                int c = (int) e[1];
                int p = (int) e[2];
                int f = vectors[c].features(i)[p];
                int[] js = postingFilms[c][f];
                double[] ys = postingValues[c][f];
                double x = vectorWeight[c] * vectors[c].values(i)[p];
                int half = fallbackWindow(wanted);
                int from;
                int to;
                long[] window = catalogue == null ? null
                        : catalogue.window(index.id(i), kindLetter(vectors[c]) + vectors[c].name(f), half);
                if (window != null) {
                    from = firstFrom(js, window[0]);
                    to = firstFrom(js, window[1] + 1);
                } else {
                    int at = Arrays.binarySearch(js, i);
                    from = Math.max(0, at - half);
                    to = Math.min(js.length, at + half + 1);
                }
                for (int q = from; q < to; q++) {
                    int j = js[q];
                    if (j != i) {
                        s.touch(j);
                        s.partial[j] += x * ys[q];
                    }
                }
            }
        }

        /** The first position in these postings (film indexes, ascending) of a film with at least this id. */
        private int firstFrom(int[] js, long id) {
            int lo = 0;
            int hi = js.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (index.id(js[mid]) < id) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The letter of the features of this part in {@link FeatureStatistics}' keys. */
        private static char kindLetter(SparseCosine v) {
            return switch (v.kind()) {
                case THEME -> FeatureStatistics.THEME;
                case LIST -> FeatureStatistics.LIST;
                case TEXT -> FeatureStatistics.WORD;
                default -> FeatureStatistics.ATTRIBUTE;
            };
        }

        private static int pool(int k) {
            return 2 * k + 20;
        }

        /** Positions in {@code fs} of at most {@code perFilm} features that propose candidates, rarest first. */
        private int[] rarest(SparseCosine v, int[] fs, int[][] films) {
            int m = 0;
            long[] keyed = new long[fs.length];
            for (int p = 0; p < fs.length; p++) {
                if (v.documentFrequency(fs[p]) <= cap) {
                    keyed[m++] = ((long) v.documentFrequency(fs[p]) << 32) | p;
                }
            }
            if (m > perFilm) {
                Arrays.sort(keyed, 0, m);
                m = perFilm;
            }
            int[] out = new int[m];
            for (int t = 0; t < m; t++) {
                out[t] = (int) keyed[t];
            }
            return out;
        }

        private List<Neighbour> best(int i, int k, Scratch s) {
            int pool = Math.min(s.count, pool(k));
            // Bounded min-heap of the best candidates by their partial score (ties: lower index is better).
            int[] heap = new int[pool];
            double[] key = new double[pool];
            int size = 0;
            for (int t = 0; t < s.count; t++) {
                int j = s.touched[t];
                double partial = s.partial[j];
                if (behaviour != null && s.co[j] > 0) {
                    partial += behaviourWeight * behaviour.score(i, j, s.co[j], s.shared[j], s.largest[j]);
                }
                if (size < pool) {
                    heap[size] = j;
                    key[size] = partial;
                    siftUp(heap, key, size++);
                } else if (better(partial, j, key[0], heap[0])) {
                    heap[0] = j;
                    key[0] = partial;
                    siftDown(heap, key, size);
                }
            }
            List<Neighbour> scored = new ArrayList<>(size);
            for (int t = 0; t < size; t++) {
                double exact = blend.scoreAt(i, heap[t]);
                if (exact > 0) {
                    scored.add(new Neighbour(index.id(heap[t]), exact, null));
                }
            }
            scored.sort(ORDER);
            List<Neighbour> out = new ArrayList<>(Math.min(k, scored.size()));
            for (Neighbour n : scored.subList(0, Math.min(k, scored.size()))) {
                out.add(new Neighbour(n.filmId(), n.score(), blend.explainAt(i, index.indexOf(n.filmId()))));
            }
            return out;
        }

        private static boolean better(double s1, int j1, double s2, int j2) {
            return s1 > s2 || (s1 == s2 && j1 < j2);
        }

        private static void siftUp(int[] heap, double[] key, int t) {
            while (t > 0) {
                int parent = (t - 1) / 2;
                if (!better(key[parent], heap[parent], key[t], heap[t])) {
                    break;
                }
                swap(heap, key, parent, t);
                t = parent;
            }
        }

        private static void siftDown(int[] heap, double[] key, int size) {
            int t = 0;
            while (true) {
                int l = 2 * t + 1;
                int r = l + 1;
                int worst = t;
                if (l < size && better(key[worst], heap[worst], key[l], heap[l])) {
                    worst = l;
                }
                if (r < size && better(key[worst], heap[worst], key[r], heap[r])) {
                    worst = r;
                }
                if (worst == t) {
                    return;
                }
                swap(heap, key, worst, t);
                t = worst;
            }
        }

        private static void swap(int[] heap, double[] key, int a, int b) {
            int h = heap[a];
            heap[a] = heap[b];
            heap[b] = h;
            double x = key[a];
            key[a] = key[b];
            key[b] = x;
        }
    }

    /** Any similarity: string-keyed inverted index over the films' features, every candidate scored. */
    private static final class GenericSearch extends Search {
        private final FilmSimilarity similarity;
        private final Map<String, int[]> postings = new HashMap<>();
        private final String[][] proposing;

        GenericSearch(FilmIndex index, Collection<FilmFeatures> films, FilmSimilarity similarity,
                      CandidateLimits limits) {
            super(index);
            this.similarity = similarity;
            Map<String, List<Integer>> lists = new HashMap<>();
            String[][] keysOf = new String[index.size()][];
            for (FilmFeatures f : films) {
                int i = index.indexOf(f.filmId());
                keysOf[i] = keys(f);
                for (String key : keysOf[i]) {
                    lists.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
                }
            }
            lists.forEach((key, is) -> {
                if (is.size() <= limits.maxDocumentFrequency()) {
                    postings.put(key, is.stream().mapToInt(Integer::intValue).sorted().toArray());
                }
            });
            this.proposing = new String[index.size()][];
            for (int i = 0; i < keysOf.length; i++) {
                Map<Character, List<String>> byKind = new HashMap<>();
                for (String key : keysOf[i]) {
                    if (postings.containsKey(key)) {
                        byKind.computeIfAbsent(key.charAt(0), x -> new ArrayList<>()).add(key);
                    }
                }
                List<String> chosen = new ArrayList<>();
                byKind.values().forEach(keys -> {
                    keys.sort(Comparator.<String>comparingInt(key -> postings.get(key).length)
                            .thenComparing(Comparator.naturalOrder()));
                    chosen.addAll(keys.subList(0, Math.min(limits.featuresPerFilm(), keys.size())));
                });
                proposing[i] = chosen.toArray(new String[0]);
            }
        }

        /** Feature keys, the first character telling the kind (t heme, l ist, w ord, a ttribute). */
        private static String[] keys(FilmFeatures f) {
            List<String> keys = new ArrayList<>();
            f.themes().keySet().forEach(t -> keys.add("t" + t));
            f.lists().keySet().forEach(l -> keys.add("l" + l));
            f.tokens().stream().distinct().forEach(w -> keys.add("w" + w));
            f.attributes().forEach(a -> keys.add("a" + a));
            return keys.toArray(new String[0]);
        }

        @Override
        List<Neighbour> topK(int i, long film, int k, Scratch s) {
            for (String key : proposing[i]) {
                for (int j : postings.get(key)) {
                    if (j != i) {
                        s.touch(j);
                    }
                }
            }
            int[] candidates = Arrays.copyOf(s.touched, s.count);
            Arrays.sort(candidates);
            List<Neighbour> scored = new ArrayList<>();
            for (int j : candidates) {
                double score = similarity.score(film, index.id(j));
                if (score > 0) {
                    scored.add(new Neighbour(index.id(j), score, null));
                }
            }
            scored.sort(ORDER);
            List<Neighbour> out = new ArrayList<>();
            for (Neighbour n : scored.subList(0, Math.min(k, scored.size()))) {
                out.add(new Neighbour(n.filmId(), n.score(), similarity.explain(film, n.filmId())));
            }
            return out;
        }
    }
}
