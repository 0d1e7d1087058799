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
 * buttons ({@code save:<film>}, {@code save:<film>:c} for a card's compact one), rendered by the same tags as on a
 * page of their own, with the reader's lists read in one query for all of them.
 */
@ApplicationScoped
public class ReaderParts {

    private static final Pattern SAVE = Pattern.compile("save:([0-9]{1,18})(:c)?");

    private final Template accountNav;
    private final Template saveFilm;

    @Inject
    ReaderLists lists;

    @Inject
    Viewer viewer;

    @Inject
    ReaderParts(Engine engine) {
        this.accountNav = engine.getTemplate("tags/accountNav");
        this.saveFilm = engine.getTemplate("tags/saveFilm");
    }

    /** Each slot's HTML for the current reader; a slot this class does not know stays empty. */
    public Map<String, String> fill(List<String> slots) {
        Set<Long> films = new LinkedHashSet<>();
        for (String slot : slots) {
            Matcher save = SAVE.matcher(slot);
            if (save.matches()) {
                films.add(Long.parseLong(save.group(1)));
            }
        }
        ReaderSaves saves = films.isEmpty() ? ReaderSaves.NONE : lists.saves(viewer, films);
        Map<String, String> parts = new HashMap<>();
        for (String slot : slots) {
            Matcher save = SAVE.matcher(slot);
            if (slot.equals("nav")) {
                parts.put(slot, accountNav.render());
            } else if (save.matches()) {
                var part = saveFilm.data("film", Long.parseLong(save.group(1))).data("saves", saves);
                parts.put(slot, (save.group(2) != null ? part.data("compact", true) : part).render());
            }
        }
        return parts;
    }
}
