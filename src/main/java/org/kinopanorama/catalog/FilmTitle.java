package org.kinopanorama.catalog;

import org.kinopanorama.catalog.film.FilmCredits;
import org.kinopanorama.catalog.film.FilmTitleService;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** A title a film was given, and the source that gave it. */
@Entity
@Table(name = "film_title")
public class FilmTitle extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "film_id")
    public Film film;

    @Column(nullable = false)
    public String title;

    /** e.g. "list:betrayal-in-soviet-cinema", "sbc", "curator". */
    @Column(nullable = false)
    public String source;

    /** The language the source says the title is in ("ru", "en"; "und" for another), or null when it did not say. */
    public String language;

    /** Whether it is written in Cyrillic (marked {@code lang="ru"}). */
    public boolean cyrillic() {
        return LocalizedTitles.isCyrillic(title);
    }

    /** The source as readers know it ("Soviet Bloc Cinema Data", "list:..."). */
    public String sourceName() {
        return FilmCredits.Sources.name(source);
    }

    /** Whether a curator gave it (and may take it away). */
    public boolean curated() {
        return FilmTitleService.CURATOR.equals(source);
    }

    public static List<FilmTitle> ofFilm(long filmId) {
        return list("film.id = ?1 order by id", filmId);
    }
}
