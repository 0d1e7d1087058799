package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Films people save together in their watchlists become related, "often saved together", without saying who. */
@QuarkusTest
class SavedTogetherTest {

    private static final Pattern LIST = Pattern.compile("href=\"/watchlists/(\\d+)\"");

    @Inject
    AgroalDataSource db;

    @Inject
    SimilarityRebuild rebuild;

    @Test
    void filmsSavedTogetherByManyPeopleAreRelatedAfterTheScheduledRebuild() throws SQLException {
        StoredNeighbours stored = new StoredNeighbours(db);
        long comedy = stored.film("The Diamond Arm");
        long drama = stored.film("The Commissar");
        rebuild.rebuildIfBehaviourChanged("test");
        assertThat(stored.reasons(comedy, drama)).as("nothing in common before").satisfiesAnyOf(
                r -> assertThat(r).isNull(), r -> assertThat(r).doesNotContain("BEHAVIOUR"));

        String[] names = new String[6];
        for (int i = 0; i < names.length; i++) {
            names[i] = Visitor.uniqueName("saver");
            Visitor saver = Visitor.signedUp(names[i]);
            Matcher m = LIST.matcher(saver.get("/watchlists").asString());
            assertThat(m.find()).isTrue();
            long list = Long.parseLong(m.group(1));
            for (long film : new long[]{comedy, drama}) {
                assertThat(saver.post("/watchlists/" + list + "/films/" + film + "/add").statusCode()).isEqualTo(303);
            }
        }

        assertThat(rebuild.rebuildIfBehaviourChanged("schedule")).isPresent();

        assertThat(stored.reasons(comedy, drama)).contains("BEHAVIOUR");
        String page = given().get("/films/" + comedy).then().statusCode(200).extract().asString();
        int link = page.indexOf("<a class=\"related__link\" href=\"/films/" + drama + "\">");
        assertThat(link).as("The Commissar among The Diamond Arm's related films").isPositive();
        assertThat(page.substring(link, page.indexOf("</li>", link))).contains("often saved together");
        for (String name : names) {
            assertThat(page).doesNotContain(name);
        }
    }
}
