package org.kinopanorama.poster;

import org.kinopanorama.database.FreshDatabaseProfile;

import java.util.Map;

/** As {@link PostersOffProfile}, with TMDb's image base address configured. */
public class PostersOnProfile extends FreshDatabaseProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kinopanorama.posters.image-base", "https://image.tmdb.org/t/p/");
    }
}
