package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.catalog.identity.FilmMerges;
import org.kinopanorama.catalog.identity.ProbableDuplicates;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds, then Soviet Bloc Cinema Data, then MovieLens, as a new user would import them: the seed films
 * the datasets have under their Russian titles are one film each (merged automatically, or proposed with their
 * evidence), and no two films of one dataset were merged. Prints the figures. Skipped without ../shared/data.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class RealDatasetsIdentityTest {

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    @Inject
    FilmMerges merges;

    @Test
    void theSeedFilmsAreOneFilmWithTheirDatasetTwins() throws Exception {
        RealCatalogue.Imported imported = RealCatalogue.ensureImported(job, dataSource);
        ImportView soviet = imported.soviet();
        ImportView movielens = imported.movielens();
        long filmsBefore = imported.filmsBefore();
        assertThat(soviet.status()).isEqualTo("done");
        assertThat(movielens.status()).isEqualTo("done");

        List<String> automatic = rows("""
                SELECT gone_title || ' (' || coalesce(gone_year::text, '?') || ') -> ' || kept_title || ' (' || coalesce(kept_year::text, '?') || ')'
                       || ' | ' || reason
                FROM film_merge WHERE automatic AND undone_at IS NULL AND origin LIKE 'dataset import%' AND reason LIKE 'probable duplicate%'
                ORDER BY kept_title""");
        List<String> proposed = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (ProbableDuplicates.Pair p : ProbableDuplicates.find(c, null)) {
                proposed.add(p.textTitle() + " (" + p.textYear() + ") = " + p.otherTitle() + " (" + p.otherYear() + ") " + p.scoreText()
                        + " " + p.evidence());
                pairs.add(p.textTitle() + " (" + p.textYear() + ") = " + p.otherTitle() + " (" + p.otherYear() + ")");
            }
        }
        System.out.printf("IDENTITY films before %d, after %s; Soviet: created %d matched %d merged %d; MovieLens: created %d matched %d merged %d%n",
                filmsBefore, one("SELECT count(*) FROM film"), soviet.filmsCreated(), soviet.filmsMatched(), soviet.filmsMerged(),
                movielens.filmsCreated(), movielens.filmsMatched(), movielens.filmsMerged());
        System.out.println("IDENTITY automatic merges " + automatic.size());
        automatic.forEach(m -> System.out.println("AUTO " + m));
        System.out.println("IDENTITY proposed pairs " + proposed.size());
        proposed.forEach(p -> System.out.println("PAIR " + p));
        System.out.println("IDENTITY all merges " + one("SELECT count(*) FROM film_merge") + ": "
                + rows("SELECT origin || ' ' || count(*) FROM film_merge GROUP BY origin ORDER BY origin"));

        // the two examples of the issue: merged automatically, or proposed with their evidence and then one curator click
        for (String[] example : new String[][] {{"The Dawns Here Are Quiet (1972) = А зори здесь тихие (1972)", "a-zori-zdes-tikhie-1972"},
                {"The Flight (1970) = Бег (1971)", "beg-1971"}}) {
            String pair = proposed.stream().filter(p -> p.startsWith(example[0])).findFirst().orElse(null);
            if (pair != null) {
                assertThat(pair).contains("named in the list's text");
                long text = Long.parseLong(one("SELECT film_id FROM list_entry e JOIN film f ON f.id = e.film_id WHERE f.title = '"
                        + example[0].substring(0, example[0].indexOf(" (")) + "' LIMIT 1"));
                long other = Long.parseLong(one("SELECT film_id FROM dataset_record WHERE source = 'sbc' AND record_id = '" + example[1] + "'"));
                assertThat(merges.merge(other, text, TestCurator.USERNAME, "one click on the probable duplicates page", "curator", false)).isPresent();
            }
        }
        assertThat(one("""
                SELECT count(*) FROM film f WHERE EXISTS (SELECT 1 FROM list_entry e WHERE e.film_id = f.id)
                AND EXISTS (SELECT 1 FROM dataset_record d WHERE d.film_id = f.id AND d.source = 'sbc' AND d.record_id = 'a-zori-zdes-tikhie-1972')
                AND f.title = 'The Dawns Here Are Quiet'""")).isEqualTo("1");
        assertThat(one("""
                SELECT count(*) FROM film f WHERE EXISTS (SELECT 1 FROM list_entry e WHERE e.film_id = f.id)
                AND EXISTS (SELECT 1 FROM dataset_record d WHERE d.film_id = f.id AND d.source = 'sbc' AND d.record_id = 'beg-1971')
                AND f.title = 'The Flight'""")).isEqualTo("1");
        // never merged: two records of one dataset
        assertThat(rows("SELECT film_id || ' ' || source FROM dataset_record GROUP BY film_id, source HAVING count(*) > 1")).isEmpty();
        assertThat(rows("""
                SELECT m.id FROM film_merge m WHERE EXISTS (
                    SELECT 1 FROM jsonb_array_elements(m.snapshot #> '{gone,dataset_record.film_id}') g,
                                  jsonb_array_elements(m.snapshot #> '{kept,dataset_record.film_id}') k
                    WHERE g->>'source' = k->>'source')""")).isEmpty();
        assertThat(automatic.stream().map(a -> a.substring(0, a.indexOf(" | "))).toList()).containsExactlyInAnyOrderElementsOf(EXPECTED_AUTOMATIC);
        assertThat(pairs).containsExactlyInAnyOrderElementsOf(EXPECTED_PROPOSED);
    }

    /** Checked by hand: «Бег» (1971, Alov and Naumov) is The Flight (1970). */
    static final List<String> EXPECTED_AUTOMATIC = List.of("Бег (1971) -> The Flight (1970)");

    /**
     * Checked by hand: the first Dawns pair is right (one click makes it one film); the others are other films the
     * same screenwriters wrote that year, each the rival of the right one, so none is merged automatically.
     */
    static final List<String> EXPECTED_PROPOSED = List.of(
            "The Dawns Here Are Quiet (1972) = А зори здесь тихие (1972)",
            "The Dawns Here Are Quiet (1972) = Иванов катер (1972)",
            "The Dawns Here Are Quiet (1972) = Самый последний день (1972)",
            "The Dawns Here Are Quiet (1972) = Офицеры (фильм) (1971)",
            "The Meeting Place Cannot Be Changed (1979) = Город принял (1979)",
            "The Meeting Place Cannot Be Changed (1979) = Свидетельство о бедности (1979)",
            "The Meeting Place Cannot Be Changed (1979) = Лекарство против страха (1978)");

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
