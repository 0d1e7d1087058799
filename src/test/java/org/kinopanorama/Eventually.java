package org.kinopanorama;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits for what another thread or instance makes true (a notification, a rebuild): fails after 10 s. */
public final class Eventually {

    private Eventually() {
    }

    public static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 10 s").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
