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
 * The other order: both real datasets first, the seed lists after. The same merge (made by the list ingest
 * this time) and the same proposed pairs as {@link RealDatasetsIdentityTest}. A few minutes, so on demand:
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
        assertThat(automatic).hasSize(1).allMatch(a -> a.startsWith("beg-1971 -> The Flight (1970) by list:"));
        assertThat(proposed).containsExactlyInAnyOrderElementsOf(RealDatasetsIdentityTest.EXPECTED_PROPOSED);
        assertThat(rows("SELECT film_id || ' ' || source FROM dataset_record GROUP BY film_id, source HAVING count(*) > 1")).isEmpty();
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
