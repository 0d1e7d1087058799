package org.kinopanorama;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * No test starts while a rebuild that an earlier test's change queued still runs: it would otherwise write related
 * films, builds and catalogue versions under the next test's counts.
 */
public class RebuildsDoneBetweenTests implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (io.quarkus.arc.Arc.container() != null) {
            RebuildsDone.await();
        }
    }
}
