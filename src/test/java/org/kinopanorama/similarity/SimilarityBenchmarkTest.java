package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinopanorama.database.FreshDatabaseProfile;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.ListDocumentParser;
import org.postgresql.PGConnection;

import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Full rebuilds of every film's neighbours, through the app (read from PostgreSQL, computed, written back with
 * COPY), on growing catalogues: the seeds, MovieLens' 9,742 films with its ratings as baskets, then 100,000
 * generated films; then one new list document on top. Prints times and peak heap. On demand:
 * {@code ./mvnw verify -Pbenchmark -Dtest=SimilarityBenchmarkTest -DargLine=-Xmx2g}
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimilarityBenchmarkTest {

    private static final Path MOVIELENS = Path.of("../shared/data/movielens-ml-latest-small");
    private static final String[] WORDS = words();

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    IngestService ingest;

    @Inject
    AgroalDataSource db;

    @Test
    @Order(1)
    void seeds() {
        measure("seeds");
    }

    @Test
    @Order(2)
    void movieLens() throws Exception {
        if (!Files.isDirectory(MOVIELENS)) {
            System.out.println("BENCHMARK movielens skipped: " + MOVIELENS.toAbsolutePath() + " is absent");
            return;
        }
        StringBuilder films = new StringBuilder();
        for (String line : Files.readAllLines(MOVIELENS.resolve("movies.csv"), StandardCharsets.UTF_8).subList(1, 9743)) {
            int comma = line.indexOf(',');
            films.append(2_000_000 + Long.parseLong(line.substring(0, comma))).append(",\"movie ")
                    .append(line, 0, comma).append("\"\n");
        }
        StringBuilder signals = new StringBuilder();
        for (String line : Files.readAllLines(MOVIELENS.resolve("ratings.csv"), StandardCharsets.UTF_8).subList(1, 100_837)) {
            String[] f = line.split(",");
            if (Double.parseDouble(f[2]) >= 3.5) {
                signals.append("movielens,").append(f[0]).append(',').append(2_000_000 + Long.parseLong(f[1])).append('\n');
            }
        }
        copy("COPY film (id, title) FROM STDIN (FORMAT csv)", films);
        copy("COPY behaviour_signal (source, basket, film_id) FROM STDIN (FORMAT csv)", signals);
        measure("seeds + MovieLens (9,742 films, ratings >= 3.5 as baskets)");
    }

    @Test
    @Order(3)
    void oneHundredThousandGeneratedFilms() throws Exception {
        Random random = new Random(100_000);
        int n = 100_000;
        long base = 10_000_000;
        StringBuilder films = new StringBuilder();
        StringBuilder themes = new StringBuilder();
        List<Long> themeIds = ids("SELECT id FROM theme ORDER BY id");
        for (int i = 0; i < n; i++) {
            long id = base + i;
            films.append(id).append(",Generated film ").append(i).append(',').append(1925 + random.nextInt(67)).append('\n');
            Set<Long> chosen = new HashSet<>();
            int count = 3 + random.nextInt(6);
            while (chosen.size() < count) {
                chosen.add(themeIds.get((int) Math.min(themeIds.size() - 1, Math.abs(random.nextGaussian()) * themeIds.size() / 2.5)));
            }
            for (long t : chosen) {
                themes.append(id).append(',').append(t).append(',').append(0.3f + 0.7f * random.nextFloat()).append('\n');
            }
        }
        copy("COPY film (id, title, year) FROM STDIN (FORMAT csv)", films);
        copy("COPY film_theme (film_id, theme_id, weight) FROM STDIN (FORMAT csv)", themes);

        // 3,000 lists of 10 to 50 films, each entry with a description and a fact from a Zipfian vocabulary
        StringBuilder lists = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        long entryId = 50_000_000;
        for (int l = 0; l < 3000; l++) {
            long listId = 20_000_000 + l;
            lists.append(listId).append(",bench-").append(l).append(",Bench list ").append(l).append(",Intro,bench-").append(l)
                    .append(".txt,x\n");
            Set<Long> onList = new HashSet<>();
            int size = 10 + random.nextInt(41);
            while (onList.size() < size) {
                onList.add(base + random.nextInt(n));
            }
            int position = 0;
            for (long film : onList) {
                entries.append(entryId++).append(',').append(listId).append(',').append(++position).append(',').append(film)
                        .append(",Film,1960,\"").append(sentence(random, 30 + random.nextInt(60))).append("\",\"")
                        .append(sentence(random, 10 + random.nextInt(30))).append("\",").append(position * 4).append('\n');
            }
        }
        copy("COPY curated_list (id, slug, title, introduction, source_name, checksum) FROM STDIN (FORMAT csv)", lists);
        copy("COPY list_entry (id, list_id, position, film_id, heading, year, description, fact, line) FROM STDIN (FORMAT csv)",
                entries);

        // 20,000 baskets of 5 to 60 films, popular films more often
        StringBuilder baskets = new StringBuilder();
        for (int b = 0; b < 20_000; b++) {
            Set<Long> saved = new HashSet<>();
            int size = 5 + random.nextInt(56);
            while (saved.size() < size) {
                saved.add(base + (long) Math.min(n - 1, Math.abs(random.nextGaussian()) * n / 4));
            }
            for (long film : saved) {
                baskets.append("bench,").append(b).append(',').append(film).append('\n');
            }
        }
        copy("COPY behaviour_signal (source, basket, film_id) FROM STDIN (FORMAT csv)", baskets);
        measure("seeds + MovieLens + 100,000 generated films (3-8 themes, 3,000 lists of 10-50 with texts, 20,000 baskets)");

        String document = """
                Betrayal behind enemy lines: three more films about trust broken in wartime.

                The Benchmark Pact (1966)
                Description: Two partisans during WWII cross the winter forest; one betrays the other to save his own life.
                Fact: Shot in Belarus in deep snow.

                The Benchmark Forest (1968)
                Description: Soviet scouts behind enemy lines face a traitor within their ranks.
                Fact: The cast trained with real veterans.

                The Benchmark Bridge (1971)
                Description: A partisan unit must blow up a bridge while a betrayal threatens the mission.
                Fact: The bridge was built for the film.
                """;
        long start = System.nanoTime();
        ingest.ingest(new ListDocumentParser().parse("bench-new.txt", document.getBytes(StandardCharsets.UTF_8)), "benchmark");
        System.out.printf("BENCHMARK one new list document (3 films) on top: ingest + neighbours rebuilt around it in %d ms (see the rebuild's own figures in the log)%n",
                (System.nanoTime() - start) / 1_000_000);
    }

    private void measure(String what) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        SimilarityRebuild.Outcome outcome = rebuild.rebuildAll("benchmark");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("BENCHMARK %s: full rebuild of %,d films, %,d neighbours stored, %,d ms (%,d ms inside); "
                        + "peak heap %,d MiB of max %,d MiB%n", what, outcome.films(), outcome.neighbours(), millis,
                outcome.millis(), peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private void copy(String sql, CharSequence rows) throws Exception {
        try (Connection c = db.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new BufferedReader(new StringReader(rows.toString())));
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        try (Connection c = db.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            List<Long> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Zipf-like: rank ~ exp(uniform) over the vocabulary
            int rank = (int) Math.min(WORDS.length - 1, Math.exp(random.nextDouble() * Math.log(WORDS.length)) - 1);
            s.append(i == 0 ? "" : " ").append(WORDS[rank]);
        }
        return s.toString();
    }

    private static String[] words() {
        String[] w = new String[50_000];
        Random r = new Random(7);
        for (int i = 0; i < w.length; i++) {
            StringBuilder s = new StringBuilder();
            int len = 4 + r.nextInt(6);
            for (int j = 0; j < len; j++) {
                s.append((char) ('a' + r.nextInt(26)));
            }
            w[i] = s.toString();
        }
        return w;
    }
}
