package org.kinopanorama.database;

import java.util.Map;

/**
 * A PostgreSQL of its own without the seed lists: a catalogue with nothing in it, which no test of this profile
 * may fill. The site's public address is configured (kino.example.org), as an operator behind a domain sets it.
 */
public class EmptyCatalogueProfile extends FreshDatabaseProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kinopanorama.ingest.seeds-dir", "", "kinopanorama.public-url", "https://kino.example.org/");
    }
}
