package org.kinopanorama.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /q/health/live} (and {@code /q/health}) shows the page cache's figures since start: hits, misses, 304s,
 * requests rendered because the catalogue version was unknown, pages kept, and the memory they take. Always UP.
 */
@Liveness
@ApplicationScoped
public class PageCacheCheck implements HealthCheck {

    @Inject
    PageCache cache;

    @Override
    public HealthCheckResponse call() {
        PageCache.Stats s = cache.stats();
        return HealthCheckResponse.named("page-cache").up()
                .withData("hits", s.hits())
                .withData("misses", s.misses())
                .withData("notModified", s.notModified())
                .withData("unknownVersion", s.unknownVersion())
                .withData("stored", s.stored())
                .withData("pages", s.pages())
                .withData("bytes", s.bytes())
                .withData("maxBytes", s.maxBytes())
                .withData("readerHits", s.readerHits())
                .withData("readerMisses", s.readerMisses())
                .withData("readerKept", s.readerKept())
                .build();
    }
}
