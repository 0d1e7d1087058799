package org.kinopanorama.catalog;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kinopanorama.web.Viewer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in reader's own parts of a catalogue page that signed-in readers share
 * ({@link org.kinopanorama.web.PageCache#keepForReader}): the account menu ({@code nav}) and each film's save
 * buttons ({@code save:<film>}, {@code save:<film>:c} for a card's compact one) and a film's rating and diary
 * ({@code mine:<film>}), rendered by the same tags as on a page of their own, with the reader's lists, ratings and
 * watches read in one query for all of them.
 */
@ApplicationScoped
public class ReaderParts {

    /** A film's save buttons ({@code save}, {@code :c} compact) or its rating and diary ({@code mine}). */
    private static final Pattern FILM_PART = Pattern.compile("(save|mine):([0-9]{1,18})(:c)?");

    private final Template accountNav;
    private final Template saveFilm;
    private final Template yourFilm;

    @Inject
    ReaderLists lists;

    @Inject
    Viewer viewer;

    @Inject
    ReaderParts(Engine engine) {
        this.accountNav = engine.getTemplate("tags/accountNav");
        this.saveFilm = engine.getTemplate("tags/saveFilm");
        this.yourFilm = engine.getTemplate("tags/yourFilm");
    }

    /** Each slot's HTML for the current reader; a slot this class does not know stays empty. */
    public Map<String, String> fill(List<String> slots) {
        Set<Long> films = new LinkedHashSet<>();
        for (String slot : slots) {
            Matcher part = FILM_PART.matcher(slot);
            if (part.matches()) {
                films.add(Long.parseLong(part.group(2)));
            }
        }
        ReaderSaves saves = films.isEmpty() ? ReaderSaves.NONE : lists.saves(viewer, films);
        Map<String, String> parts = new HashMap<>();
        for (String slot : slots) {
            Matcher film = FILM_PART.matcher(slot);
            if (slot.equals("nav")) {
                parts.put(slot, accountNav.render());
            } else if (film.matches()) {
                var part = (film.group(1).equals("mine") ? yourFilm : saveFilm).data("film", Long.parseLong(film.group(2)))
                        .data("saves", saves);
                parts.put(slot, (film.group(3) != null ? part.data("compact", true) : part).render());
            }
        }
        return parts;
    }
}
