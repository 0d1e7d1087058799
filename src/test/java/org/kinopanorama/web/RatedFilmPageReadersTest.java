package org.kinopanorama.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Eventually;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.catalog.CatalogueVersion;
import org.kinopanorama.watchlist.CuratedFilms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With pages kept in memory as in production: each signed-in reader sees their own rating and last watch on the film
 * page they share, and a visitor's kept page shows the average as soon as the rating that reaches the floor is saved.
 */
@QuarkusTest
@TestProfile(AsDeployedProfile.class)
class RatedFilmPageReadersTest {

    @Inject
    AgroalDataSource db;

    @Inject
    CatalogueVersion version;

    @Test
    void eachReaderSeesTheirOwnRatingAndVisitorsSeeTheAverageAtOnce() throws Exception {
        long film = CuratedFilms.ingest(db, 1).films().get(0).id();
        String path = "/films/" + film;
        Visitor anna = Visitor.signedUp(Visitor.uniqueName("anna"));
        Visitor boris = Visitor.signedUp(Visitor.uniqueName("boris"));
        Visitor clara = Visitor.signedUp(Visitor.uniqueName("clara"));
        Eventually.waitFor(() -> version.current().isPresent());
        anna.get(path);

        anna.post(path + "/rating", "rating", "4.5");
        anna.post(path + "/log", "on", "2025-05-05", "review", "Words of Anna only.");
        boris.post(path + "/rating", "rating", "1");
        for (int round = 0; round < 2; round++) {
            assertThat(anna.get(path).asString()).contains("You rated it 4½ of 5.").contains("Words of Anna only.")
                    .doesNotContain("kp-slot").doesNotContain("You rated it 1 of 5.");
            assertThat(boris.get(path).asString()).contains("You rated it 1 of 5.").doesNotContain("Words of Anna only.")
                    .doesNotContain("Last watched on");
            assertThat(clara.get(path).asString()).contains("You have not rated it.").doesNotContain("your-film__average");
        }
        String visitors = new Visitor().get(path).asString();
        assertThat(visitors).contains("Sign in to rate this film").doesNotContain("your-film__average");

        clara.post(path + "/rating", "rating", "3");
        long reached = CuratedFilms.count(db, "SELECT version FROM catalogue_version");
        Eventually.waitFor(() -> version.current().orElse(0) >= reached);

        assertThat(new Visitor().get(path).asString()).contains("Rated 2.8 of 5 by 3 people");
        assertThat(anna.get(path).asString()).contains("Rated 2.8 of 5 by 3 people").contains("You rated it 4½ of 5.");
    }
}
