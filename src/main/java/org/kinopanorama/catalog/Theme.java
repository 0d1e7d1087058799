package org.kinopanorama.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Optional;

/** A theme of the controlled vocabulary, with its English and Russian labels. */
@Entity
@Table(name = "theme")
public class Theme extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    @Column(name = "label_ru", nullable = false)
    public String labelRu;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] synonyms;

    public static Optional<Theme> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
