package org.kinopanorama.ingest.dataset;

import org.kinopanorama.Sql;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gold table of the seed films (src/test/resources/identity/seed-films-gold.csv): each of the 23 films of the
 * seed lists and the Soviet Bloc Cinema Data and MovieLens records that are the same film, checked by hand. On the
 * real catalogue, whatever came first, every seed film is one film, which has every gold record the data gives a
 * bridge to and both its English and its Russian title.
 */
final class SeedFilmsGold {

    /** @param bridged false when the data gives no way to know they are one film (a known miss, printed, not asserted) */
    record Row(String title, int year, String russian, List<String> sbc, List<String> movielens, boolean bridged, String bridge) {
    }

    private SeedFilmsGold() {
    }

    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        try (InputStream in = SeedFilmsGold.class.getResourceAsStream("/identity/seed-films-gold.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                out.add(new Row(f[0], Integer.parseInt(f[1]), f[2], ids(f[3]), ids(f[4]), !f[5].startsWith("none"), f[5]));
            }
        }
        return out;
    }

    private static List<String> ids(String field) {
        return field.equals("-") ? List.of() : Arrays.asList(field.strip().split("\\s+"));
    }

    /**
     * Asserts the table on this database (seed lists and both datasets imported); prints a line per seed film.
     *
     * @param movieLensFirst MovieLens came before the lists: it only enriches films the catalogue has, so a film
     *                       only MovieLens and a list know (The Cranes Are Flying) has no MovieLens record then
     */
    static void assertOneFilmEach(DataSource db, String order, boolean movieLensFirst) throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(23);
        assertThat(Sql.count(db, "SELECT count(DISTINCT film_id) FROM list_entry")).as("films of the seed lists").isEqualTo(23);
        List<String> misses = new ArrayList<>();
        for (Row r : rows) {
            List<Long> seed = Sql.longs(db, "SELECT DISTINCT e.film_id FROM list_entry e JOIN film_title t ON t.film_id = e.film_id"
                    + " WHERE t.title = ?", r.title());
            assertThat(seed).as("the seed film " + r.title()).hasSize(1);
            long film = seed.get(0);
            List<String> where = new ArrayList<>();
            boolean one = true;
            for (String[] rec : records(r)) {
                List<Long> of = Sql.longs(db, "SELECT film_id FROM dataset_record WHERE source = ? AND record_id = ?", rec[0], rec[1]);
                if (of.isEmpty() && movieLensFirst && rec[0].equals("movielens") && r.sbc().isEmpty()) {
                    where.add(rec[0] + ":" + rec[1] + " not imported (MovieLens came before the list)");
                    continue;
                }
                assertThat(of).as(rec[0] + " record " + rec[1] + " is in the catalogue").hasSize(1);
                where.add(rec[0] + ":" + rec[1] + (of.get(0) == film ? "" : " in film " + of.get(0)));
                one &= of.get(0) == film;
            }
            String titles = String.join(" / ", Sql.strings(db, "SELECT DISTINCT title FROM film_title WHERE film_id = ? ORDER BY title", film));
            System.out.printf("SEED (%s) %s (%d): film %d %s [%s] titles: %s%n", order, r.title(), r.year(), film,
                    one ? "one film" : "NOT JOINED", String.join(", ", where), titles);
            if (r.bridged()) {
                assertThat(one).as(r.title() + " is one film with " + where + " (" + r.bridge() + ")").isTrue();
                // the reader's language: the English title and the Russian one (Soviet Bloc Cinema Data's; MovieLens gives
                // only a transliteration, "Letyat zhuravli", so a film only MovieLens knows has that)
                assertThat(Sql.count(db, "SELECT count(*) FROM film_title WHERE film_id = ? AND title = ?", film, r.title()))
                        .as(r.title() + " keeps its English title").isPositive();
                if (!r.sbc().isEmpty()) {
                    assertThat(Sql.count(db, "SELECT count(*) FROM film_title WHERE film_id = ? AND title = ?", film,
                            r.russian())).as(r.title() + " is also «" + r.russian() + "»").isPositive();
                } else if (!r.movielens().isEmpty() && !movieLensFirst) {
                    assertThat(Sql.count(db, "SELECT count(DISTINCT title) FROM film_title WHERE film_id = ?", film))
                            .as(r.title() + " has MovieLens's original title too").isGreaterThan(1);
                }
            } else if (!one) {
                misses.add(r.title() + " (" + r.bridge() + ")");
            }
        }
        System.out.println("SEED (" + order + ") known misses, no bridge in the data: " + misses);
    }

    private static List<String[]> records(Row r) {
        List<String[]> out = new ArrayList<>();
        r.sbc().forEach(id -> out.add(new String[] {"sbc", id}));
        r.movielens().forEach(id -> out.add(new String[] {"movielens", id}));
        return out;
    }
}
