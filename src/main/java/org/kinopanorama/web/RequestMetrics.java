package org.kinopanorama.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Route templates without their parameters' patterns ({@code /films/{id}}, not {@code /films/{id:[0-9]{1,18}}}), and
 * request timings in {@code /q/metrics} with a few fixed buckets ({@code http_server_requests_seconds_bucket}), so an
 * operator can see what share of a route's requests took longer than 20 ms, 100 ms, ... on any number of instances
 * (buckets add up across instances; percentiles computed inside one JVM would not).
 */
@Singleton
public class RequestMetrics {

    static final String REQUESTS = "http.server.requests";
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(100),
            Duration.ofMillis(500), Duration.ofSeconds(2)};

    /** A path parameter with its pattern, which may itself hold braces: {@code {id:[0-9]{1,18}}}. */
    private static final Pattern PARAMETER_PATTERN = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*):(?:[^{}]|\\{[^{}]*})*}");

    static String withoutPatterns(String uri) {
        return PARAMETER_PATTERN.matcher(uri).replaceAll("{$1}");
    }

    @Produces
    @Singleton
    MeterFilter plainRouteTemplates() {
        return MeterFilter.replaceTagValues("uri", RequestMetrics::withoutPatterns);
    }

    @Produces
    @Singleton
    MeterFilter requestTimingBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(REQUESTS)) {
                    return config;
                }
                double[] nanos = new double[BUCKETS.length];
                for (int i = 0; i < BUCKETS.length; i++) {
                    nanos[i] = BUCKETS[i].toNanos();
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
