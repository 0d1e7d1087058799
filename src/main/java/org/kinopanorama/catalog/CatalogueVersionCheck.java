package org.kinopanorama.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.OptionalLong;

/**
 * {@code /q/health/ready} shows the catalogue version this instance knows ({@code "unknown"} while its change
 * notifications are lost): operators and the multi-instance test see that every instance agrees. It stays UP
 * either way; the datasource's own check says whether the database answers.
 */
@Readiness
@ApplicationScoped
public class CatalogueVersionCheck implements HealthCheck {

    @Inject
    CatalogueVersion version;

    @Override
    public HealthCheckResponse call() {
        OptionalLong known = version.current();
        var response = HealthCheckResponse.named("catalogue-version").up();
        return known.isPresent() ? response.withData("version", known.getAsLong()).build()
                : response.withData("version", "unknown").build();
    }
}
