package org.kinopanorama.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A film of the catalogue: one row however many lists and datasets name it. */
@Entity
@Table(name = "film")
public class Film extends PanacheEntity {

    /** The title it is shown under: the first one a source gave. All titles are in {@link FilmTitle}. */
    @Column(nullable = false)
    public String title;

    public Integer year;

    /** Last year of a series shown over several years. */
    @Column(name = "year_end")
    public Integer yearEnd;

    /** Its poster's path on an image host (see {@link PosterPath}); chosen from the sources' claims, never set by hand. */
    @Column(name = "poster_path", insertable = false, updatable = false)
    public String posterPath;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false, insertable = false)
    public OffsetDateTime updatedAt;

    /** "1957", or "1973–1974" for a series. */
    public String years() {
        if (year == null) {
            return "";
        }
        return yearEnd == null || yearEnd.equals(year) ? year.toString() : year + "–" + yearEnd;
    }
}
