package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.ThemeLabels;
import java.util.List;
import java.util.Optional;

/**
 * "More like this, but more X / less Y": at most one theme to lean toward or away from, for the related films
 * under a film. {@code unknown} is a theme asked for that does not exist (the page says so).
 */
public record FilmRefine(String more, String less, String unknown, List<FilmPage.ThemeStrength> offered,
                         String labelEn, String labelRu) implements ThemeLabels {

    /** Themes offered as refinements: the film's strongest. */
    static final int OFFERED = 3;

    /** The theme a film page's address asks for, if it may be one (a slug), for {@link CatalogueService#film}. */
    static String asked(String more, String less) {
        String asked = more != null && !more.isBlank() ? more : less != null && !less.isBlank() ? less : null;
        return asked != null && asked.matches("[a-z0-9-]{1,80}") ? asked : null;
    }

    static FilmRefine of(String more, String less, FilmPage page, double threshold) {
        List<FilmPage.ThemeStrength> offered = page.themes().stream().filter(t -> t.weight() >= threshold).limit(OFFERED).toList();
        String asked = more != null && !more.isBlank() ? more : less != null && !less.isBlank() ? less : null;
        if (asked == null) {
            return new FilmRefine(null, null, null, offered, null, null);
        }
        // the page read the theme with the film (see CatalogueService#film): no query of its own
        Optional<FilmPage.AskedTheme> theme = Optional.ofNullable(page.asked()).filter(t -> t.slug().equals(asked));
        if (theme.isEmpty()) {
            return new FilmRefine(null, null, asked, offered, null, null);
        }
        boolean toward = asked.equals(more);
        return new FilmRefine(toward ? asked : null, toward ? null : asked, null, offered, theme.get().labelEn(),
                theme.get().labelRu());
    }

    public boolean active() {
        return more != null || less != null;
    }

    /** The theme leaned on, for the heading ("more betrayal"). */
    public String theme() {
        return more != null ? more : less;
    }
}
