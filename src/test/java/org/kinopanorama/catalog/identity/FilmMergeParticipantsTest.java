package org.kinopanorama.catalog.identity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature moves its own rows on a merge ({@link FilmMergeParticipant}): a table that refers to a film and that no
 * feature declares would keep pointing at the film merged away (and its rows would go with it), so the schema's
 * foreign keys to film and the participants' columns must be the same, each column declared once.
 */
@QuarkusTest
class FilmMergeParticipantsTest {

    @Inject
    AgroalDataSource db;

    @Inject
    FilmMergeParticipants participants;

    @Test
    void everyColumnThatRefersToAFilmHasExactlyOneFeatureThatMovesItsRows() {
        List<String> schema = Sql.strings(db, """
                SELECT cl.relname || '.' || a.attname
                FROM pg_constraint k
                JOIN pg_class cl ON cl.oid = k.conrelid
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                WHERE k.contype = 'f' AND k.confrelid = 'film'::regclass""");
        List<String> declared = new ArrayList<>();
        participants.all().forEach(p -> p.filmColumns().forEach(f -> declared.add(f.key())));

        assertThat(schema).as("foreign keys to film").isNotEmpty();
        assertThat(declared).as("every column declared by one feature only").doesNotHaveDuplicates();
        assertThat(declared).as("the columns the features move are those that refer to a film")
                .containsExactlyInAnyOrderElementsOf(schema);
    }
}
