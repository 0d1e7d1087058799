package org.kinopanorama.web;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The application as deployed, on the shared test database: the page cache and the film list's counts kept in
 * memory (the test profile turns both off, as other tests' fixtures write behind them; here with room for five
 * filters), behind a proxy whose forwarded addresses are trusted (loopback and 10.0.0.0/8).
 */
public class AsDeployedProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kinopanorama.page-cache.enabled", "true",
                "kinopanorama.catalog.facet-cache.enabled", "true",
                "kinopanorama.catalog.facet-cache.max-filters", "5",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "kinopanorama.http.trusted-proxies", "127.0.0.1,::1,10.0.0.0/8");
    }
}
