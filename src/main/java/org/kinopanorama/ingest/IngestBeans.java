package org.kinopanorama.ingest;

import org.kinopanorama.ingest.theme.ThemeTagger;
import org.kinopanorama.ingest.theme.ThemeVocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The plain-Java pieces of ingestion, built once from the bundled vocabulary. */
public class IngestBeans {

    @Produces
    @ApplicationScoped
    ThemeVocabulary vocabulary() {
        return ThemeVocabulary.bundled();
    }

    @Produces
    @ApplicationScoped
    ThemeTagger tagger(ThemeVocabulary vocabulary) {
        return new ThemeTagger(vocabulary);
    }
}
