package org.kinopanorama.catalog;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A Russian reader browsing the catalogue reads every label in Russian: br_ru has each key of BrowseMessages, no more. */
class BrowseMessagesTest {

    @Test
    void theRussianFileAndTheBundleHaveTheSameKeys() throws Exception {
        Properties ru = new Properties();
        try (InputStream file = getClass().getResourceAsStream("/messages/br_ru.properties")) {
            assertThat(file).as("messages/br_ru.properties on the class path").isNotNull();
            ru.load(new InputStreamReader(file, StandardCharsets.UTF_8));
        }
        Set<String> bundle = Stream.of(BrowseMessages.class.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
        assertThat(ru.stringPropertyNames()).isEqualTo(bundle);
        ru.forEach((key, text) -> assertThat(text.toString().strip()).as("Russian of %s", key).isNotEmpty());
    }
}
