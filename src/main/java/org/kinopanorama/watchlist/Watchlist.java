package org.kinopanorama.watchlist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.kinopanorama.account.Account;

import java.time.OffsetDateTime;

/**
 * A person's list of films. Rows are inserted by {@link WatchlistService} with SQL (ids from
 * {@code watchlist_seq}), so that a concurrent first visit cannot make two default lists.
 */
@Entity
@Table(name = "watchlist")
public class Watchlist extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public Account owner;

    @Column(nullable = false)
    public String name;

    public String description;

    /** The "Watchlist" every person has; it cannot be deleted. */
    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    /** {@link Visibility#value} */
    @Column(nullable = false)
    public String visibility;

    /** Key of the read-only link; readable only by the owner. */
    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public Visibility level() {
        return Visibility.of(visibility);
    }
}
