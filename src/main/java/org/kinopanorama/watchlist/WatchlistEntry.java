package org.kinopanorama.watchlist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.kinopanorama.catalog.Film;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A film on a watchlist, with the owner's note and the day they watched it (read from the person's watched films).
 * Inserted with SQL (ON CONFLICT).
 */
@Entity
@Table(name = "watchlist_entry")
public class WatchlistEntry extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "watchlist_id")
    public Watchlist watchlist;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "film_id")
    public Film film;

    @Column(nullable = false)
    public int position;

    public String note;

    /** The day the list's owner last watched the film, wherever they said so (a person's fact, not the entry's). */
    @Formula("(SELECT fw.watched_on FROM film_watched fw JOIN watchlist w ON w.owner_id = fw.account_id"
            + " WHERE w.id = watchlist_id AND fw.film_id = film_id)")
    public LocalDate watchedOn;

    /** The list's owner's rating of the film in half stars (1..10), or null: their own list page shows it in the row. */
    @Formula("(SELECT r.half_stars FROM film_rating r JOIN watchlist w ON w.owner_id = r.account_id"
            + " WHERE w.id = watchlist_id AND r.film_id = film_id)")
    public Integer ownerHalfStars;

    /** The same, only when the owner made the rating public: what a shared list shows to others. */
    @Formula("(SELECT r.half_stars FROM film_rating r JOIN watchlist w ON w.owner_id = r.account_id"
            + " WHERE w.id = watchlist_id AND r.film_id = film_id AND r.is_public)")
    public Integer publicHalfStars;

    @Column(name = "added_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime addedAt;

    public boolean watched() {
        return watchedOn != null;
    }

    /** The list's films in the owner's order. */
    public static List<WatchlistEntry> ofList(long watchlistId) {
        return list("select e from WatchlistEntry e join fetch e.film where e.watchlist.id = ?1 order by e.position, e.id",
                watchlistId);
    }
}
