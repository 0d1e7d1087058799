package org.kinopanorama.database;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** The application on an empty PostgreSQL of its own, as on a first start: migrations, then the seeds. */
public class FreshDatabaseProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FreshPostgres.class));
    }
}
