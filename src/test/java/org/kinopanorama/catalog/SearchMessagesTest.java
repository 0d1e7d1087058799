package org.kinopanorama.catalog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label of the search's groups and of the title form has its Russian, and the Russian file has no key the bundle lacks. */
class SearchMessagesTest {

    @Test
    void everyKeyHasRussianAndNoneIsLeftOver() throws IOException {
        Properties russian = new Properties();
        try (var in = SearchMessagesTest.class.getResourceAsStream("/messages/srch_ru.properties")) {
            assertThat(in).as("messages/srch_ru.properties").isNotNull();
            russian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = Arrays.stream(SearchMessages.class.getDeclaredMethods()).map(Method::getName).toList();
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(russian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }
}
