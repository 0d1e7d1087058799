package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.FilmTitle;
import org.kinopanorama.catalog.identity.FilmTitles;
import org.kinopanorama.catalog.identity.TitleMatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Titles curators give films (source {@value #CURATOR}): added with their match keys ({@link FilmTitles}), so that
 * search finds the film by them in either script and the film lookup of every import matches them; removed again
 * with the keys no other title gives. Titles other sources gave are theirs: a curator cannot remove them.
 */
@ApplicationScoped
@Transactional
public class FilmTitleService {

    public static final String CURATOR = "curator";

    /** Longer is no title (the longest in the datasets is ~200 characters). */
    public static final int MAX_TITLE_LENGTH = 300;

    /** Languages a curator may say a title is in: Russian, English, or another ("und", ISO 639-2 undetermined). */
    public static final List<String> LANGUAGES = List.of("ru", "en", "und");

    /** What became of a curator's title. */
    public enum Outcome { ADDED, REMOVED, EXISTS, INVALID_TITLE, INVALID_LANGUAGE, NOT_FOUND }

    @Inject
    EntityManager em;

    /** Gives the film the title; the title is stripped, and refused when blank, too long or not text. */
    public Outcome add(long filmId, String title, String language) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE_LENGTH || TitleMatcher.normalize(t).isEmpty()
                || t.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            return Outcome.INVALID_TITLE;
        }
        if (language == null || !LANGUAGES.contains(language)) {
            return Outcome.INVALID_LANGUAGE;
        }
        if (em.find(Film.class, filmId) == null) {
            return Outcome.NOT_FOUND;
        }
        if (!FilmTitles.add(em, filmId, t, CURATOR, language)) {
            return Outcome.EXISTS;
        }
        touch(filmId);
        return Outcome.ADDED;
    }

    /** Takes a title a curator gave from the film; NOT_FOUND for another film's title or another source's. */
    public Outcome remove(long filmId, long titleId) {
        Optional<FilmTitle> title = FilmTitle.<FilmTitle>findByIdOptional(titleId)
                .filter(t -> t.film.id == filmId && CURATOR.equals(t.source));
        if (title.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        em.detach(title.get());
        FilmTitles.remove(em, titleId);
        touch(filmId);
        return Outcome.REMOVED;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Film> film(long filmId) {
        return Film.findByIdOptional(filmId);
    }

    private void touch(long filmId) {
        em.createNativeQuery("UPDATE film SET updated_at = now() WHERE id = ?1").setParameter(1, filmId).executeUpdate();
    }
}
