package org.kinopanorama.ingest;

import org.kinopanorama.ingest.document.ListDocumentParser;
import org.kinopanorama.ingest.document.ParsedDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinopanorama.database.FreshDatabaseProfile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Ingests 1,000 generated list documents of 10 entries each through the service, on a fresh PostgreSQL,
 * and prints the figures. Runs only on demand: ./mvnw verify -Pbenchmark
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class IngestBenchmarkTest {

    private static final String[] WORDS = {"war", "love", "betrayal", "partisans", "village", "comedy", "spy",
            "detective", "survival", "fate", "New Year", "novel", "trust", "sacrifice", "family", "friendship"};

    @Inject
    IngestService ingest;

    @Test
    void ingestOneThousandDocuments() {
        Random random = new Random(1957);
        int pool = 4000; // distinct films the documents draw from, so that many entries merge
        ListDocumentParser parser = new ListDocumentParser();
        List<ParsedDocument> docs = new ArrayList<>();
        long parseStart = System.nanoTime();
        for (int d = 0; d < 1000; d++) {
            StringBuilder text = new StringBuilder("These films explore the theme of ")
                    .append(WORDS[random.nextInt(WORDS.length)]).append(" in Soviet cinema.\n\n");
            for (int e = 0; e < 10; e++) {
                int film = random.nextInt(pool);
                text.append("Film Number ").append(film).append(" (").append(1930 + film % 60).append(")\n")
                        .append("Description: A story of ").append(WORDS[random.nextInt(WORDS.length)]).append(" and ")
                        .append(WORDS[random.nextInt(WORDS.length)]).append(" during hard times.\n")
                        .append("Fact: It was filmed in ").append(1930 + film % 60).append(".\n\n");
            }
            docs.add(parser.parse("bench-" + d + ".txt", text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        List<Long> perDocument = new ArrayList<>();
        long start = System.nanoTime();
        int added = 0;
        int merged = 0;
        for (ParsedDocument doc : docs) {
            long t = System.nanoTime();
            IngestReport report = ingest.ingest(doc, "benchmark");
            perDocument.add(System.nanoTime() - t);
            added += report.filmsAdded();
            merged += report.filmsMerged();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        perDocument.sort(null);
        System.out.printf(Locale.ROOT, """
                        === Ingest benchmark: 1,000 documents x 10 entries ===
                        parse:   %.2f s for 1,000 documents
                        ingest:  %.1f s in all, %.1f documents/s, %.0f entries/s
                        per document: median %.1f ms, p95 %.1f ms, max %.1f ms
                        films added %d, merged %d
                        """, parseSeconds, seconds, 1000 / seconds, 10_000 / seconds,
                perDocument.get(500) / 1e6, perDocument.get(950) / 1e6, perDocument.get(999) / 1e6, added, merged);
    }
}
