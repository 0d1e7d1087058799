package org.kinopanorama.database;

import java.util.Map;

/**
 * The seed catalogue alone, on a PostgreSQL of its own, as a first start leaves it: one boot for every test that
 * only reads it (none may write). The film list pages by 10, so that the seeds' 23 films fill several pages.
 */
public class SeedCatalogueProfile extends FreshDatabaseProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kinopanorama.catalog.page-size", "10");
    }
}
