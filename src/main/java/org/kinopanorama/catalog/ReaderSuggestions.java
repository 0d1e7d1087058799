package org.kinopanorama.catalog;

import org.kinopanorama.web.Viewer;

import java.util.List;
import java.util.Locale;

/**
 * The first few films suggested for a signed-in reader, for the home page (the "For you" feature answers), so the
 * home page's resource hands its template everything it shows.
 */
public interface ReaderSuggestions {

    /** The home page's few suggestions for whoever reads it: none for a visitor, and then no query. */
    List<Suggestion> firstFew(Viewer viewer, Locale reader);

    /** A film suggested for the reader and why. */
    record Suggestion(long filmId, String title, Integer year, Reason reason, String posterPath, String director) {
    }

    /**
     * Why a film is suggested: {@code kind} is saved, watched, director or theme, {@code names} one or two; or year,
     * {@code names} the reader's film of that year and the year.
     */
    record Reason(String kind, List<String> names) {
        public boolean byDirector() {
            return kind.equals("director");
        }

        public boolean watched() {
            return kind.equals("watched");
        }

        public boolean saved() {
            return kind.equals("saved");
        }

        public boolean sameYear() {
            return kind.equals("year");
        }

        public boolean two() {
            return names.size() > 1;
        }

        public String first() {
            return names.get(0);
        }

        public String second() {
            return names.size() > 1 ? names.get(1) : "";
        }
    }
}
