package org.kinopanorama.similarity.evaluation;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import org.kinopanorama.foryou.ForYouConfig;
import org.kinopanorama.similarity.SimilarityConfig;

/**
 * The similarity settings the app runs with: {@code application.properties} from the classpath (the main one, not
 * a test profile's), read by the same typed mapping and its defaults, optionally with some keys overridden (what
 * the tuning tries). Nothing typed again here.
 */
final class DeployedSettings {

    private DeployedSettings() {
    }

    static SimilarityConfig read() {
        return read(Map.of());
    }

    /** @param overrides full keys ({@code kinopanorama.similarity.weights.behaviour}) to values */
    static SimilarityConfig read(Map<String, String> overrides) {
        return read(SimilarityConfig.class, overrides);
    }

    /** For you's settings, as the app reads them. */
    static ForYouConfig forYou(Map<String, String> overrides) {
        return read(ForYouConfig.class, overrides);
    }

    private static <T> T read(Class<T> mapping, Map<String, String> overrides) {
        URL properties = DeployedSettings.class.getClassLoader().getResource("application.properties");
        if (properties == null) {
            throw new IllegalStateException("application.properties is not on the classpath: run test-compile first");
        }
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .addDefaultInterceptors() // profiles: only unprefixed keys count, as in production
                    .withSources(new PropertiesConfigSource(properties, 250))
                    .withSources(new PropertiesConfigSource(Map.copyOf(overrides), "tuning", 400))
                    .withMapping(mapping)
                    .withValidateUnknown(false)
                    .build();
            return config.getConfigMapping(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an evaluation report says about the settings. */
    static String describe(SimilarityConfig c, ForYouConfig f) {
        SimilarityConfig.Weights w = c.weights();
        SimilarityConfig.Suggestions s = c.suggestions();
        return String.format(java.util.Locale.ROOT,
                "weights themes %s, lists %s, text %s, attributes %s, behaviour %s, EASE %s (lambda %s, films in >= %d "
                        + "baskets, at most %d, pairs in >= %d); behaviour shrinkage %s, damping %s, min support %d; "
                        + "attribute kinds %s; K %d, diversity %s, list mates %d; For you: %d latest films, suggestion "
                        + "weights (EASE lambda %s, films in >= %d baskets, at most %d, top %d per film) weigh %s, recency "
                        + "half-life %s, popular films of the years of the %d latest films weigh %s",
                w.themes(), w.lists(), w.text(), w.attributes(), w.behaviour(), c.ease().weight(), c.ease().lambda(),
                c.ease().minBaskets(), c.ease().maxFilms(), c.ease().minTogether(), c.behaviourShrinkage(),
                c.behaviourBasketDamping(), c.behaviourMinSupport(), new java.util.TreeMap<>(c.attributeKinds()),
                c.neighbours(), c.diversity(), c.listMates(), f.seeds(), s.lambda(), s.minBaskets(), s.maxFilms(),
                s.perFilm(), f.savedWithWeight(), f.recencyHalfLife(), f.sameYearFilms(), f.sameYearWeight());
    }
}
