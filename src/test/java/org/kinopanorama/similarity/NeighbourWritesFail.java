package org.kinopanorama.similarity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** While open, every write of a stored neighbour fails with {@code message} (a trigger), so a rebuild fails half-way. */
final class NeighbourWritesFail implements AutoCloseable {

    private final DataSource db;

    NeighbourWritesFail(DataSource db, String message) throws SQLException {
        this.db = db;
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE FUNCTION fail_neighbour_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '"
                    + message.replace("'", "''") + "'; END $$");
            st.execute("CREATE TRIGGER fail_neighbour_write BEFORE INSERT ON film_neighbour FOR EACH ROW EXECUTE FUNCTION fail_neighbour_write()");
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER fail_neighbour_write ON film_neighbour");
            st.execute("DROP FUNCTION fail_neighbour_write()");
        }
    }
}
