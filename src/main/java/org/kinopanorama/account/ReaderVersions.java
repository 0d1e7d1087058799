package org.kinopanorama.account;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * A signed-in reader's version: a number that changes, in the writing transaction, whenever anything of theirs that
 * a catalogue page shows changes (their lists and which films these hold, ratings, watches, diary, hidden
 * suggestions; the triggers of migration V33). Parts of a page rendered for the reader may be served again while it
 * is the same: one primary-key read, answered alike by every instance.
 */
@ApplicationScoped
public class ReaderVersions {

    private final AgroalDataSource db;

    ReaderVersions(AgroalDataSource db) {
        this.db = db;
    }

    /** The reader's version now; empty for an account that no longer exists. Blocks on the database. */
    public OptionalLong of(long accountId) {
        try (Connection connection = db.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT version FROM reader_version WHERE account_id = ?")) {
            read.setLong(1, accountId);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reader " + accountId + "'s version", e);
        }
    }
}
