package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.catalog.identity.ProbableDuplicates;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other order: both real datasets first, the seed lists after. The same merges (made by the list ingest
 * this time) and the same proposed pairs as {@link RealDatasetsIdentityTest}, and every seed film once with its
 * dataset records (the gold table, {@link SeedFilmsGold}). A few minutes, so on demand:
 * ./mvnw verify -Pbenchmark -Dtest=RealDatasetsThenSeedsIdentityTest
 */
@QuarkusTest
@TestProfile(RealDatasetsFirstProfile.class)
@Tag("benchmark")
class RealDatasetsThenSeedsIdentityTest {

    @Inject
    DatasetImportJob job;

    @Inject
    IngestService ingest;

    @Inject
    DataSource dataSource;

    @Test
    void datasetsFirstGiveTheSameMergesAndPairs() throws Exception {
        Assumptions.assumeTrue(Imports.sharedData(), "../shared/data is absent: the real datasets are not on this machine");
        Path tarball;
        try (var s = Files.list(Imports.SHARED.resolve("soviet-bloc-cinema-data"))) {
            tarball = s.filter(p -> p.toString().endsWith(".tar.gz")).findFirst().orElseThrow();
        }
        assertThat(Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.SHARED, tarball, false).status()).isEqualTo("done");
        assertThat(Imports.run(job, DatasetImportJob.MOVIELENS, Imports.SHARED, Imports.SHARED.resolve("movielens-ml-latest-small"), false).status()).isEqualTo("done");
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                ingest.ingest(new ListDocumentParser(1_000_000).parse(seed.getFileName().toString(), Files.readAllBytes(seed)), "test");
            }
        }
        List<String> automatic = rows("""
                SELECT (snapshot #> '{gone,dataset_record.film_id}') -> 0 ->> 'record_id' || ' -> ' || kept_title || ' (' || kept_year || ') by ' || origin
                FROM film_merge WHERE automatic AND undone_at IS NULL AND reason LIKE 'probable duplicate%' ORDER BY kept_title""");
        List<String> proposed = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (ProbableDuplicates.Pair p : ProbableDuplicates.find(c, null)) {
                proposed.add(p.textTitle() + " (" + p.textYear() + ") = " + p.otherTitle() + " (" + p.otherYear() + ")");
            }
        }
        System.out.println("IDENTITY (datasets first) films " + one("SELECT count(*) FROM film") + ", automatic " + automatic + ", proposed " + proposed);
        // «Бег» by the directors the list names; the others by their translated titles (Moscow, the Diamond Arm and the Irony
        // of Fate need none here: MovieLens, imported before the lists, gave them their English titles)
        assertThat(automatic).allMatch(a -> a.contains(" by list:")).extracting(a -> a.substring(0, a.indexOf(" by list:")))
                .containsExactlyInAnyOrder("beg-1971 -> The Flight (1970)",
                        "a-zori-zdes-tikhie-1972 -> The Dawns Here Are Quiet (1972)",
                        "shestoe-iyulya-1968 -> The Sixth of July (1968)",
                        "padenie-berlina-1950 -> The Fall of Berlin (1950)",
                        "stantsionnyy-smotritel-1972 -> The Stationmaster (1972)",
                        "tsygan-film-1979-1979 -> The Gypsy (1979)",
                        "komissar-1967 -> The Commissar (1967)",
                        "istoriya-asi-klyachinoy-kotoraya-lyubila-da-ne-vyshla-zamuzh-1966 -> The Story of Asya Klyachina (1966)");
        assertThat(proposed).containsExactlyInAnyOrderElementsOf(RealDatasetsIdentityTest.EXPECTED_PROPOSED);
        assertThat(rows("SELECT film_id || ' ' || source FROM dataset_record GROUP BY film_id, source HAVING count(*) > 1")).isEmpty();
        SeedFilmsGold.assertOneFilmEach(dataSource, "datasets first", true);
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private String one(String sql) throws Exception {
        return Sql.one(dataSource, sql);
    }
}
