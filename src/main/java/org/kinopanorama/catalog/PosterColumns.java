package org.kinopanorama.catalog;

/**
 * What a poster needs of a film beyond its title and year, as two more columns of the query that already reads the
 * film (no query of its own): its poster path and its first director's name. Pages hand them to the poster tag.
 */
public final class PosterColumns {

    private PosterColumns() {
    }

    /** {@code poster_path, director} (so named) of the film aliased {@code f}, to add to a select list. */
    public static String of(String f) {
        return f + ".poster_path, (SELECT p.name FROM film_person fp JOIN person p ON p.id = fp.person_id"
                + " WHERE fp.film_id = " + f + ".id AND fp.role = 'director' ORDER BY fp.position, p.id LIMIT 1) AS director";
    }
}
