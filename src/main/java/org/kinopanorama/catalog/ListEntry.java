package org.kinopanorama.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** A film on a curated list, with its description and fact exactly as the curator wrote them. */
@Entity
@Table(name = "list_entry")
public class ListEntry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id")
    public CuratedList list;

    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "film_id")
    public Film film;

    /** The title line as written, e.g. "The Irony of Fate, or Enjoy Your Bath! (1975)" without the year. */
    @Column(nullable = false)
    public String heading;

    @Column(nullable = false)
    public int year;

    @Column(name = "year_end")
    public Integer yearEnd;

    public String description;

    public String fact;

    @Column(name = "description_truncated", nullable = false)
    public boolean descriptionTruncated;

    @Column(name = "fact_truncated", nullable = false)
    public boolean factTruncated;

    /** Line of the title in the document. */
    @Column(nullable = false)
    public int line;

    /** What the curator wrote of the film at this place of the list, and the line of the document it stands on. */
    public record Text(String heading, int year, Integer yearEnd, String description, String fact,
                       boolean descriptionTruncated, boolean factTruncated, int line) {
    }

    /** Takes the curator's words (the document's, or the page's copy of them). */
    public void write(Text text) {
        heading = text.heading();
        year = text.year();
        yearEnd = text.yearEnd();
        description = text.description();
        fact = text.fact();
        descriptionTruncated = text.descriptionTruncated();
        factTruncated = text.factTruncated();
        line = text.line();
    }

    public static List<ListEntry> ofList(long listId) {
        return list("select e from ListEntry e join fetch e.film where e.list.id = ?1 order by e.position", listId);
    }

    public static List<ListEntry> ofFilm(long filmId) {
        return list("select e from ListEntry e join fetch e.list where e.film.id = ?1 order by e.list.title", filmId);
    }

    public String years() {
        return yearEnd == null || yearEnd == year ? Integer.toString(year) : year + "–" + yearEnd;
    }
}
