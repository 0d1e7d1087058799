package org.kinopanorama.ingest.theme;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Brings the theme table in line with the bundled vocabulary (by slug) before anything is ingested. */
@ApplicationScoped
public class ThemeSync {

    private static final Logger LOG = Logger.getLogger(ThemeSync.class);

    @Inject
    EntityManager em;

    @Inject
    ThemeVocabulary vocabulary;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent start) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('kinopanorama.ingest'))").getSingleResult();
        for (ThemeDefinition theme : vocabulary.themes()) {
            em.createNativeQuery("""
                            INSERT INTO theme (id, slug, label_en, label_ru, synonyms)
                            VALUES (nextval('theme_seq'), ?1, ?2, ?3, ?4)
                            ON CONFLICT (slug) DO UPDATE SET label_en = excluded.label_en,
                              label_ru = excluded.label_ru, synonyms = excluded.synonyms""")
                    .setParameter(1, theme.slug()).setParameter(2, theme.labelEn()).setParameter(3, theme.labelRu())
                    .setParameter(4, theme.synonyms().toArray(String[]::new))
                    .executeUpdate();
        }
        LOG.debugf("Theme vocabulary version %d: %d themes", vocabulary.version(), vocabulary.themes().size());
    }
}
