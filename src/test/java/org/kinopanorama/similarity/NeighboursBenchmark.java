package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.FilmFeatures;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Full neighbour rebuild (top 20 for every film, explanations included) on three catalogues; prints wall time and
 * peak heap. Run on demand: {@code ./mvnw verify -Pbenchmark -Dtest=NeighboursBenchmark} (2 GB heap, see pom.xml).
 * Targets on a 2-core machine: 10k films under 10 s, 100k films under 2 minutes.
 */
@Tag("benchmark")
class NeighboursBenchmark {

    static final int K = 20;

    @Test
    void seedLikeCatalogue() {
        measure("seed-like fixture", () -> Fixtures.soviet(), Fixtures::baskets);
    }

    @Test
    void movieLens() {
        Path dir = Path.of("..", "shared", "data", "movielens-ml-latest-small");
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " is absent");
        measure("MovieLens ml-latest-small (content + behaviour)",
                () -> org.kinopanorama.similarity.evaluation.MovieLensCatalogue.films(dir),
                () -> org.kinopanorama.similarity.evaluation.MovieLensCatalogue.baskets(dir));
    }

    @Test
    void generatedHundredThousandFilms() {
        measure("generated 100,000 films", () -> generated(100_000, 11), () -> generatedBaskets(100_000, 20_000, 12));
    }

    interface Source<T> {
        T get();
    }

    private static void measure(String name, Source<List<FilmFeatures>> films,
                                Source<Map<String, List<Long>>> baskets) {
        List<FilmFeatures> catalogue = films.get();
        Map<String, List<Long>> saved = baskets.get();
        long featureCount = catalogue.stream()
                .mapToLong(f -> f.themes().size() + f.lists().size() + f.tokens().size() + f.attributes().size()).sum();
        long basketEntries = saved.values().stream().mapToLong(List::size).sum();
        System.gc();
        resetPeaks();
        long before = usedHeap();
        long t0 = System.nanoTime();
        Neighbours n = Neighbours.blend(catalogue, saved, SimilarityWeights.DEFAULTS);
        long t1 = System.nanoTime();
        long[] written = new long[2];
        n.forEachTopK(K, (film, top) -> {
            written[0]++;
            written[1] += top.size();
        });
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%n[benchmark] %s: %,d films, %,d feature occurrences, %,d baskets (%,d entries); "
                        + "cores %d, max heap %,d MB%n", name, catalogue.size(), featureCount, saved.size(),
                basketEntries, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "[benchmark] %s: index %.2f s + top %d of every film %.2f s = %.2f s; "
                        + "%,d neighbours; peak heap %,d MB (%,d MB before the build, features included)%n", name,
                (t1 - t0) / 1e9, K, (t2 - t1) / 1e9, (t2 - t0) / 1e9, written[1], peakHeap() >> 20, before >> 20);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use (pools peak at different moments). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * A catalogue with realistic feature counts: 3–8 themes of 60, 1–3 lists (10–50 films each), 30–120 tokens
     * from a Zipfian vocabulary of 50,000 words, 1–2 directors of 20,000 people, 3–10 cast of 100,000 (Zipfian:
     * some actors are in hundreds of films), 1 studio of 40, 1–3 genres of 25, a decade.
     */
    static List<FilmFeatures> generated(int n, long seed) {
        Random r = new Random(seed);
        Zipf words = new Zipf(50_000, 1.0, r);
        Zipf cast = new Zipf(100_000, 0.8, r);
        Zipf studios = new Zipf(40, 1.0, r);
        Zipf genres = new Zipf(25, 0.9, r);
        String[] vocabulary = new String[50_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + i;
        }
        // lists: about two per film on average, each 10-50 films
        List<Map<String, Integer>> listsOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            listsOf.add(new HashMap<>());
        }
        long memberships = 0;
        for (int l = 0; memberships < 2L * n; l++) {
            int length = 10 + r.nextInt(41);
            String id = "list" + l;
            for (int e = 0; e < length; e++) {
                Map<String, Integer> m = listsOf.get(r.nextInt(n));
                if (m.size() < 3) {
                    m.put(id, length);
                    memberships++;
                }
            }
        }
        List<FilmFeatures> films = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Double> themes = new HashMap<>();
            for (int t = 3 + r.nextInt(6); themes.size() < t; ) {
                themes.put("theme" + r.nextInt(60), 0.05 + 0.95 * r.nextDouble());
            }
            List<String> tokens = new ArrayList<>();
            for (int t = 30 + r.nextInt(91); t > 0; t--) {
                tokens.add(vocabulary[words.next()]);
            }
            Set<String> attributes = new HashSet<>();
            for (int d = 1 + r.nextInt(2); d > 0; d--) {
                attributes.add("director:p" + r.nextInt(20_000));
            }
            for (int c = 3 + r.nextInt(8); c > 0; c--) {
                attributes.add("cast:p" + cast.next());
            }
            attributes.add("studio:s" + studios.next());
            for (int g = 1 + r.nextInt(3); g > 0; g--) {
                attributes.add("genre:g" + genres.next());
            }
            attributes.add("decade:" + (1920 + 10 * r.nextInt(10)));
            films.add(new FilmFeatures(i + 1, themes, listsOf.get(i), tokens, attributes));
        }
        return films;
    }

    /** Watchlists of 5–50 films, films chosen with Zipfian popularity. */
    static Map<String, List<Long>> generatedBaskets(int films, int baskets, long seed) {
        Random r = new Random(seed);
        Zipf popularity = new Zipf(films, 0.9, r);
        Map<String, List<Long>> out = new HashMap<>();
        for (int b = 0; b < baskets; b++) {
            List<Long> list = new ArrayList<>();
            for (int t = 5 + r.nextInt(46); t > 0; t--) {
                list.add((long) popularity.next() + 1);
            }
            out.put("w" + b, list);
        }
        return out;
    }

    /** Zipf-distributed ranks {@code 0..n-1} by inverse-CDF look-up. */
    static final class Zipf {
        private final double[] cdf;
        private final Random random;

        Zipf(int n, double exponent, Random random) {
            this.random = random;
            cdf = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, exponent);
                cdf[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cdf[i] /= sum;
            }
        }

        int next() {
            int i = java.util.Arrays.binarySearch(cdf, random.nextDouble());
            return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
        }
    }
}
