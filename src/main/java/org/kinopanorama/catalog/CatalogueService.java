package org.kinopanorama.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Reads of the catalogue as visitors see it. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CatalogueService {

    static final int RECENTLY_ADDED = 12;

    public CatalogueSummary summary() {
        return new CatalogueSummary(Film.count(), Film.recentlyAdded(RECENTLY_ADDED));
    }
}
