package org.kinopanorama.catalog.identity;

import org.kinopanorama.catalog.LocalizedTitles;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The one place a film gains a title: the title with its source and language, and the title matcher's keys
 * that {@link FilmLookup} finds it by. Curated lists, datasets and curators (source "curator") all add titles
 * here, so whatever a film was called somewhere finds it everywhere.
 */
public final class FilmTitles {

    private FilmTitles() {
    }

    /**
     * Adds a title (and its keys) to a film on a JDBC connection, in its transaction. A title it has keeps its source.
     *
     * @param language "ru", "en"..., or null: then Cyrillic text counts as Russian, anything else as unknown
     */
    public static void add(Connection c, long film, String title, String language, String source) throws SQLException {
        addAll(c, film, List.of(title), language, source);
    }

    public static void addAll(Connection c, long film, Collection<String> titles, String language, String source) throws SQLException {
        addAll(c, film, titles.stream().map(t -> new Named(t, language)).toList(), source);
    }

    /** A title with the language its source gives it (null: Cyrillic text counts as Russian, anything else as unknown). */
    public record Named(String title, String language) {
    }

    /**
     * Adds titles of several languages (and their keys) in one go: two statements whatever their number, in the order
     * given, as {@link #addAll(Connection, long, Collection, String, String)} would one language after the other.
     */
    public static void addAll(Connection c, long film, List<Named> titles, String source) throws SQLException {
        try (PreparedStatement t = c.prepareStatement("""
                INSERT INTO film_title (id, film_id, title, source, language) VALUES (nextval('film_title_seq'), ?, ?, ?, ?)
                ON CONFLICT (film_id, title) DO UPDATE SET language = coalesce(film_title.language, excluded.language)""");
             PreparedStatement k = c.prepareStatement("INSERT INTO film_match_key (match_key, film_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (Named named : titles) {
                String raw = named.title();
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                String title = raw.strip();
                t.setLong(1, film);
                t.setString(2, title);
                t.setString(3, source);
                t.setString(4, named.language() != null ? named.language() : LocalizedTitles.isCyrillic(title) ? "ru" : null);
                t.addBatch();
                for (String key : TitleMatcher.keys(title)) {
                    k.setString(1, key);
                    k.setLong(2, film);
                    k.addBatch();
                }
            }
            t.executeBatch();
            k.executeBatch();
        }
    }

    /** A film's match keys again from the titles it has now (after titles were taken away from it). */
    public static void rebuildKeys(Connection c, long film) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM film_match_key WHERE film_id = ?")) {
            del.setLong(1, film);
            del.executeUpdate();
        }
        java.util.List<String> titles = new java.util.ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT title FROM film_title WHERE film_id = ? ORDER BY id")) {
            q.setLong(1, film);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    titles.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement k = c.prepareStatement("INSERT INTO film_match_key (match_key, film_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String key : TitleMatcher.keys(titles)) {
                k.setString(1, key);
                k.setLong(2, film);
                k.addBatch();
            }
            k.executeBatch();
        }
    }

    /** Gives the film a title from a source ("list:...", "curator"), in the caller's transaction; false when it had it. */
    public static boolean add(EntityManager em, long filmId, String title, String source, String language) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM film_title WHERE film_id = ? AND title = ?")) {
                q.setLong(1, filmId);
                q.setString(2, title.strip());
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            add(c, filmId, title, language, source);
            return true;
        });
    }

    /**
     * Takes a title from the film, with the match keys that no other title of the film gives. Returns whether it was
     * there.
     */
    public static boolean remove(EntityManager em, long titleId) {
        @SuppressWarnings("unchecked")
        List<Number> film = em.createNativeQuery("SELECT film_id FROM film_title WHERE id = ?1 FOR UPDATE")
                .setParameter(1, titleId).getResultList();
        if (film.isEmpty()) {
            return false;
        }
        long filmId = film.get(0).longValue();
        em.createNativeQuery("DELETE FROM film_title WHERE id = ?1").setParameter(1, titleId).executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> remaining = em.createNativeQuery("SELECT title FROM film_title WHERE film_id = ?1 ORDER BY id")
                .setParameter(1, filmId).getResultList();
        em.createNativeQuery("DELETE FROM film_match_key WHERE film_id = ?1 AND NOT (match_key = ANY (?2))")
                .setParameter(1, filmId).setParameter(2, TitleMatcher.keys(remaining).toArray(String[]::new)).executeUpdate();
        return true;
    }

    /** The language a dataset's title field means: title_ru is Russian, title_en English; others unknown. */
    public static String languageOfField(String field) {
        return switch (field) {
            case "title_ru" -> "ru";
            case "title_en" -> "en";
            default -> null;
        };
    }
}
