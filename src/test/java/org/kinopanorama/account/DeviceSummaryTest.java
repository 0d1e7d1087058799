package org.kinopanorama.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceSummaryTest {

    @Test
    void browsersAndSystemsAsTheirOwnersKnowThem() {
        assertThat(DeviceSummary.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"))
                .isEqualTo("Chrome on Windows");
        assertThat(DeviceSummary.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"))
                .isEqualTo("Edge on Windows");
        assertThat(DeviceSummary.of("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).isEqualTo("Firefox on Linux");
        assertThat(DeviceSummary.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"))
                .isEqualTo("Safari on iOS");
        assertThat(DeviceSummary.of("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"))
                .isEqualTo("Chrome on Android");
        assertThat(DeviceSummary.of("curl/8.5.0")).isEqualTo("curl");
    }

    @Test
    void nothingOrSomethingHostileGivesAShortPlainSummary() {
        assertThat(DeviceSummary.of(null)).isEqualTo("Unknown device");
        assertThat(DeviceSummary.of("   ")).isEqualTo("Unknown device");
        assertThat(DeviceSummary.of("<script>alert(1)</script>")).doesNotContain("<").doesNotContain(">");
        assertThat(DeviceSummary.of("A".repeat(10_000))).hasSizeLessThanOrEqualTo(DeviceSummary.MAX_LENGTH);
    }
}
