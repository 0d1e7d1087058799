package org.kinopanorama.ingest.dataset;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of the real catalogue the {@link RealCatalogueProfile} tests look up: a Soviet film by its record, ids, counts. */
record RealCatalogueRows(DataSource dataSource) {

    /** The film of a Soviet Bloc Cinema Data record, e.g. "stalker-1979". */
    long film(String record) throws SQLException {
        return id("SELECT film_id FROM dataset_record WHERE source = 'sbc' AND record_id = '" + record + "'");
    }

    /** The one number the query gives. */
    long id(String sql) throws SQLException {
        List<Long> ids = longs(sql);
        assertThat(ids).as(sql).hasSize(1);
        return ids.get(0);
    }

    List<Long> longs(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
