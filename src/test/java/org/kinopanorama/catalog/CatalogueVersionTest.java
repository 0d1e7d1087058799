package org.kinopanorama.catalog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kinopanorama.Eventually.waitFor;

/** Every change of the catalogue raises one shared version; this instance learns it through NOTIFY. */
@QuarkusTest
class CatalogueVersionTest {

    @Inject
    CatalogueVersion version;

    @Inject
    AgroalDataSource db;

    @Inject
    Seen seen;

    /** The events this instance fired, as a page cache would observe them. */
    @Singleton
    static class Seen {
        final List<OptionalLong> events = new CopyOnWriteArrayList<>();

        void on(@Observes CatalogueVersion.Changed changed) {
            events.add(changed.version());
        }
    }

    @Test
    void anIngestAndARenameEachRaiseTheVersionAndEveryListenerHearsIt() throws Exception {
        long before = known();
        String name = Visitor.uniqueName("version");
        CuratorDocuments.ingestLetterOf(name);
        waitFor(() -> version.current().orElse(0) > before);
        assertThat(seen.events).contains(version.current());

        long afterIngest = known();
        Visitor curator = new Visitor();
        curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD);
        String slug = single("SELECT slug FROM curated_list WHERE source_name = '" + name + ".txt'");
        curator.get("/curate");
        curator.post("/curate/lists/" + slug + "/title", "title", "Renamed " + name);
        waitFor(() -> version.current().orElse(0) > afterIngest);

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'catalogue-version' }.data.version",
                        org.hamcrest.Matchers.equalTo((int) known()));
    }

    @Test
    void aRolledBackChangeRaisesNothing() throws Exception {
        try (Connection c = db.getConnection()) {
            long before = Long.parseLong(single("SELECT version FROM catalogue_version"));
            c.setAutoCommit(false);
            assertThat(CatalogueVersion.bump(c)).isEqualTo(before + 1);
            c.rollback();
            assertThat(Long.parseLong(single("SELECT version FROM catalogue_version"))).isEqualTo(before);
        }
    }

    @Test
    void whileItsConnectionIsLostTheVersionIsUnknownUntilReadAgain() throws Exception {
        known();
        seen.events.clear();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kinopanorama catalogue listener'");
        }
        waitFor(() -> seen.events.contains(OptionalLong.empty()));
        waitFor(() -> version.current().isPresent());
        assertThat(seen.events.get(seen.events.size() - 1)).isEqualTo(version.current());
    }

    private long known() throws InterruptedException {
        waitFor(() -> version.current().isPresent());
        return version.current().getAsLong();
    }

    private String single(String sql) throws Exception {
        return Sql.one(db, sql);
    }
}
