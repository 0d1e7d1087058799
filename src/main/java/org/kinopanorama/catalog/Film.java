package org.kinopanorama.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** A film of the catalogue: one row however many lists and datasets name it. */
@Entity
@Table(name = "film")
public class Film extends PanacheEntity {

    @Column(nullable = false)
    public String title;

    public Integer year;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static List<Film> recentlyAdded(int limit) {
        return find("order by createdAt desc, id desc").page(0, limit).list();
    }
}
