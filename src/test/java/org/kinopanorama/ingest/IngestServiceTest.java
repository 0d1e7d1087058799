package org.kinopanorama.ingest;

import org.kinopanorama.ingest.document.ListDocumentParser;
import org.kinopanorama.ingest.document.ParsedDocument;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ingesting documents into the real PostgreSQL: idempotent, updating, atomic. */
@QuarkusTest
class IngestServiceTest {

    @Inject
    IngestService ingest;

    @Inject
    AgroalDataSource db;

    private final ListDocumentParser parser = new ListDocumentParser();

    @Test
    void theSameDocumentTwiceChangesNothing() throws Exception {
        String name = Documents.uniqueName("twice");
        ParsedDocument doc = parser.parse(name, Documents.utf8(Documents.warList("Twice " + name)));

        IngestReport first = ingest.ingest(doc, "test");
        Map<String, Long> after = counts();
        IngestReport second = ingest.ingest(parser.parse(name, Documents.utf8(Documents.warList("Twice " + name))), "test");

        assertThat(first.outcome()).isEqualTo(IngestReport.Outcome.CREATED);
        assertThat(first.filmsAdded()).isEqualTo(3);
        assertThat(second.outcome()).isEqualTo(IngestReport.Outcome.UNCHANGED);
        assertThat(counts()).isEqualTo(after);
    }

    @Test
    void aChangedDocumentUpdatesItsListWithoutDuplicatingFilms() throws Exception {
        String name = Documents.uniqueName("changing");
        String marker = "Change " + name;
        IngestReport first = ingest.ingest(parser.parse(name, Documents.utf8(Documents.warList(marker))), "test");
        long ivan = first.entries().get(1).filmId();
        long comeAndSee = first.entries().get(2).filmId();

        String changed = Documents.warList(marker)
                .replace("A boy scout behind enemy lines during WWII.", "A twelve-year-old scout behind enemy lines.")
                .replaceAll("(?s)The Ballad of .*?Cannes\\.\\n\\n", "")
                + "\nThe Cranes Are Flying (1957)\nDescription: Love and war.\nFact: Palme d'Or, 1958.\n";
        IngestReport second = ingest.ingest(parser.parse(name, Documents.utf8(changed)), "test");

        assertThat(second.outcome()).isEqualTo(IngestReport.Outcome.UPDATED);
        assertThat(second.entriesRemoved()).isEqualTo(1);
        assertThat(second.entriesAdded()).isEqualTo(1);
        assertThat(second.entriesReworded()).isEqualTo(1);
        assertThat(second.filmsAdded()).isZero();
        assertThat(second.filmsMerged()).as("The Cranes Are Flying is already in the catalogue").isEqualTo(1);
        assertThat(second.entries()).extracting(IngestReport.EntryOutcome::filmId)
                .startsWith(ivan, comeAndSee);
        assertThat(strings("SELECT description FROM list_entry e JOIN curated_list l ON l.id = e.list_id WHERE l.source_name = '"
                + name + "' ORDER BY position")).containsExactly(
                "A twelve-year-old scout behind enemy lines.",
                "A village boy joins the partisans and witnesses the horrors of war.",
                "Love and war.");
        assertThat(strings("SELECT count(*) FROM film WHERE title = 'The Cranes Are Flying'")).containsExactly("1");
    }

    @Test
    void aFailureLeavesTheDatabaseExactlyAsItWas() throws Exception {
        Map<String, Long> before = counts();
        String name = Refuser.PREFIX + Documents.uniqueName("explodes");
        ParsedDocument doc = parser.parse(name, Documents.utf8(Documents.warList("Explodes " + name)));

        assertThatThrownBy(() -> ingest.ingest(doc, "test")).hasStackTraceContaining("refused by a test observer");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFailedUpdateKeepsTheListAsItWas() throws Exception {
        String name = Refuser.PREFIX + Documents.uniqueName("update-explodes");
        Refuser.armed = false;
        ingest.ingest(parser.parse(name, Documents.utf8(Documents.warList("Keep " + name))), "test");
        Map<String, Long> before = counts();
        List<String> entries = strings("SELECT heading || description FROM list_entry e JOIN curated_list l ON l.id = e.list_id WHERE l.source_name = '" + name + "' ORDER BY position");
        try {
            Refuser.armed = true;
            String changed = Documents.warList("Keep " + name).replace("Cannes", "Venice") + "\nNew Film " + name + " (1970)\nDescription: x.\nFact: y.\n";
            assertThatThrownBy(() -> ingest.ingest(parser.parse(name, Documents.utf8(changed)), "test"));
        } finally {
            Refuser.armed = true;
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(strings("SELECT heading || description FROM list_entry e JOIN curated_list l ON l.id = e.list_id WHERE l.source_name = '" + name + "' ORDER BY position"))
                .isEqualTo(entries);
    }

    @Test
    void aPreviewReportsWithoutSaving() throws Exception {
        Map<String, Long> before = counts();
        String name = Documents.uniqueName("preview");
        IngestReport report = ingest.preview(parser.parse(name, Documents.utf8(Documents.warList("Preview " + name))), "test");

        assertThat(report.preview()).isTrue();
        assertThat(report.filmsAdded()).isEqualTo(3);
        assertThat(report.entries()).hasSize(3);
        assertThat(report.listTitle()).isEqualTo("War in Soviet cinema");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFilmAlreadyInTheCatalogueIsMergedAndItsNewTitleKept() throws Exception {
        String name = Documents.uniqueName("merge");
        String withTransliteration = """
                A list about fate.

                Irony of Fate, or Enjoy Your Bath! (Ironiya sudby, ili S legkim parom!) (1975)
                Description: The English title with the transliterated original, as MovieLens writes it.
                Fact: Shown every New Year's Eve.
                """;
        IngestReport first = ingest.ingest(parser.parse(name, Documents.utf8(withTransliteration)), "test");
        String russian = """
                A list about fate, in Russian.

                Ирония судьбы, или С лёгким паром! (1976)
                Description: The Russian title, a year later.
                Fact: Shown every New Year's Eve.
                """;
        IngestReport second = ingest.ingest(parser.parse(Documents.uniqueName("merge-ru"), Documents.utf8(russian)), "test");

        assertThat(first.filmsAdded()).isZero();
        assertThat(first.filmsMerged()).isEqualTo(1);
        assertThat(second.filmsAdded()).as("the transliterated title meets the Cyrillic one").isZero();
        long irony = first.entries().get(0).filmId();
        assertThat(second.entries().get(0).filmId()).isEqualTo(irony);
        assertThat(strings("SELECT title FROM film_title WHERE film_id = " + irony))
                .contains("The Irony of Fate", "Ironiya sudby, ili S legkim parom!", "Ирония судьбы, или С лёгким паром!");
    }

    /** Refuses, from inside the ingest's transaction, documents whose name starts with {@link #PREFIX}. */
    @ApplicationScoped
    public static class Refuser {
        static final String PREFIX = "refuse-";
        static volatile boolean armed = true;

        void onIngesting(@Observes ListIngesting event) {
            if (armed && event.report().sourceName().startsWith(PREFIX)) {
                throw new IllegalStateException("refused by a test observer");
            }
        }
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("film", "film_title", "film_match_key", "curated_list", "list_entry", "film_year_claim",
                "film_theme_evidence", "film_theme", "ingest_run")) {
            counts.put(table, Long.parseLong(strings("SELECT count(*) FROM " + table).get(0)));
        }
        return counts;
    }

    private List<String> strings(String sql) throws Exception {
        return Sql.strings(db, sql);
    }
}
