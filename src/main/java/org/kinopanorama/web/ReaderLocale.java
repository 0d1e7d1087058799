package org.kinopanorama.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Every template instance made while a request is served gets the reader's locale, whether Quarkus renders
 * it or the code calls {@code render()} itself: message bundles ({@code {msg:...}}) and the template
 * extensions that read the {@code locale} attribute then speak the reader's {@link Language}.
 */
@Singleton
class ReaderLocale {

    @Inject
    Language language;

    void configure(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(instance -> {
            if (Arc.container().requestContext().isActive()) {
                instance.setLocale(language.locale());
            }
        });
    }
}
