package org.kinopanorama.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A curator's list of films around a theme, as ingested from its document. */
@Entity
@Table(name = "curated_list")
public class CuratedList extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    /** A curator changed the title; ingesting the document again keeps it. */
    @Column(name = "title_edited", nullable = false)
    public boolean titleEdited;

    @Column(nullable = false)
    public String introduction;

    /** The document's file name: a document with the same name updates this list. */
    @Column(name = "source_name", nullable = false, unique = true)
    public String sourceName;

    /** SHA-256 of the document's bytes. */
    @Column(nullable = false)
    public String checksum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "central_theme_id")
    public Theme centralTheme;

    @Column(name = "central_theme_words")
    public String centralThemeWords;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false, insertable = false)
    public OffsetDateTime updatedAt;

    public static Optional<CuratedList> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<CuratedList> findBySourceName(String sourceName) {
        return find("sourceName", sourceName).firstResultOptional();
    }

    public static List<CuratedList> allByTitle() {
        return list("order by title");
    }
}
