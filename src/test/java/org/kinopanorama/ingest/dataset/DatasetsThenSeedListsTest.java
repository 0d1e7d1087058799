package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture datasets first, the seed lists after: the seed lists' films are the datasets' films, shown
 * under the lists' titles and years, as when the lists came first ({@link DatasetImportTest}).
 */
@QuarkusTest
@TestProfile(DatasetsFirstProfile.class)
class DatasetsThenSeedListsTest {

    @Inject
    DatasetImportJob job;

    @Inject
    IngestService ingest;

    @Inject
    DataSource dataSource;

    @Test
    void theSeedListsFindTheFilmsTheDatasetsBrought() throws Exception {
        assertThat(strings("SELECT count(*) FROM curated_list")).containsExactly("0");
        Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.SOVIET_NAME, false);
        // MovieLens enriches what is there: the Soviet films (the seed lists are not in yet)
        Imports.run(job, DatasetImportJob.MOVIELENS, Imports.MOVIELENS_NAME, false);
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                ingest.ingest(new ListDocumentParser(1_000_000).parse(seed.getFileName().toString(), Files.readAllBytes(seed)), "test");
            }
        }
        List<String> irony = strings("SELECT DISTINCT film_id::text FROM film_title WHERE title IN ('The Irony of Fate', "
                + "'The Irony of Fate, or Enjoy Your Bath!', 'Ирония судьбы, или С лёгким паром!')");
        assertThat(irony).hasSize(1);
        assertThat(strings("SELECT title || ' ' || year FROM film WHERE id = " + irony.get(0))).containsExactly("The Irony of Fate 1975");
        assertThat(strings("SELECT count(*) FROM list_entry WHERE film_id = " + irony.get(0))).containsExactly("3");
        assertThat(strings("SELECT p.name FROM film_person fp JOIN person p ON p.id = fp.person_id WHERE fp.role = 'director' AND fp.film_id = "
                + irony.get(0))).containsExactly("Эльдар Рязанов");
        List<String> moscow = strings("SELECT DISTINCT film_id::text FROM film_title WHERE title IN ('Moscow Does Not Believe in Tears', "
                + "'Москва слезам не верит')");
        assertThat(moscow).hasSize(1);
        assertThat(strings("SELECT title || ' ' || year FROM film WHERE id = " + moscow.get(0)))
                .containsExactly("Moscow Does Not Believe in Tears 1980");
        // the seed lists' 23 films, whatever came first
        assertThat(strings("SELECT count(DISTINCT film_id) FROM list_entry")).containsExactly("23");
    }

    private List<String> strings(String sql) throws Exception {
        return Sql.strings(dataSource, sql);
    }
}
