package org.kinopanorama.similarity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.kinopanorama.catalog.CatalogueChanged;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A crash between a change's commit and the rebuild that follows it, as a test arms it: the first observer of
 * {@link CatalogueChanged} throws, so the rebuild observer never runs (as after a {@code kill -9} at that moment).
 */
@ApplicationScoped
public class CrashAfterCommit {

    static final AtomicBoolean ARMED = new AtomicBoolean();

    void crash(@Observes @Priority(1) CatalogueChanged change) {
        if (ARMED.get()) {
            throw new IllegalStateException("simulated crash after " + change.cause() + " committed");
        }
    }
}
