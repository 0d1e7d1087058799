package org.kinopanorama.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMetricsTest {

    @Test
    void routeTemplatesLoseTheirParametersPatterns() {
        assertThat(RequestMetrics.withoutPatterns("/films/{id:[0-9]{1,18}}")).isEqualTo("/films/{id}");
        assertThat(RequestMetrics.withoutPatterns("/lists/{slug:[a-z0-9-]{1,80}}/films/{id}")).isEqualTo("/lists/{slug}/films/{id}");
        assertThat(RequestMetrics.withoutPatterns("/feeds/themes/{slug:[a-z0-9-]{1,80}}.atom")).isEqualTo("/feeds/themes/{slug}.atom");
        assertThat(RequestMetrics.withoutPatterns("NOT_FOUND")).isEqualTo("NOT_FOUND");
    }
}
