package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.Theme;
import org.kinopanorama.catalog.ThemeLabels;
import java.util.List;

/** A theme with its films, strongest first, and the themes that most often go with it. */
public record ThemePage(Theme theme, long filmCount, List<Film> films, List<Related> related) {

    public record Film(long id, String title, Integer year, double weight, String posterPath, String director) {
        public int percent() {
            return (int) Math.round(weight * 100);
        }
    }

    /** @param shared films carrying both themes */
    public record Related(String slug, String labelEn, String labelRu, long shared) implements ThemeLabels {
    }

    public record Summary(String slug, String labelEn, String labelRu, long filmCount) implements ThemeLabels {
    }
}
