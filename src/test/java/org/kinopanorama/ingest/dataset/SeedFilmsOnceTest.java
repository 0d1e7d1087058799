package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;

import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The seed lists first, then both real datasets (the {@link RealCatalogue}): each seed film once, with every dataset
 * record of the gold table the data gives a bridge to, under its English title for an English reader and its Russian
 * title for a Russian one. The other order is {@link RealDatasetsThenSeedsIdentityTest}. Skipped without ../shared/data.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class SeedFilmsOnceTest {

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    @Test
    void everySeedFilmIsOneFilmWithItsDatasetRecords() throws Exception {
        RealCatalogue.ensureImported(job, dataSource);
        SeedFilmsGold.assertOneFilmEach(dataSource, "seeds first", false);
        System.out.println("SEED (seeds first) films " + Sql.one(dataSource, "SELECT count(*) FROM film"));
    }

    @Test
    void aReaderFindsTheDawnsOnceInEitherLanguage() throws Exception {
        RealCatalogue.ensureImported(job, dataSource);
        long film = Sql.count(dataSource, "SELECT film_id FROM dataset_record WHERE source = 'sbc' AND record_id = 'a-zori-zdes-tikhie-1972'");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM list_entry WHERE film_id = ?", film)).isPositive();
        for (String q : new String[] {"зори", "А зори здесь тихие", "The Dawns Here Are Quiet", "dawns"}) {
            String page = given().queryParam("q", q).header("Accept-Language", "ru").get("/search").then().statusCode(200).extract().asString();
            assertThat(page.split("href=\"/films/" + film + "\"", -1).length - 1).as("links to the film on /search?q=" + q).isPositive();
        }
        given().header("Accept-Language", "ru").get("/films/" + film).then().statusCode(200)
                .body(containsString("А зори здесь тихие"));
        given().header("Accept-Language", "en").get("/films/" + film).then().statusCode(200)
                .body(containsString("The Dawns Here Are Quiet"));
        // no second film of either name
        assertThat(Sql.count(dataSource, "SELECT count(DISTINCT film_id) FROM film_title WHERE title IN ('А зори здесь тихие', 'The Dawns Here Are Quiet')"))
                .isEqualTo(1);
    }
}
