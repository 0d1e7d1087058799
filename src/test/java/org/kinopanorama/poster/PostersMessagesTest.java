package org.kinopanorama.poster;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every poster label has its Russian, and the Russian file has no key the bundle lacks. */
class PostersMessagesTest {

    @Test
    void everyKeyHasRussianAndNoneIsLeftOver() throws IOException {
        Properties russian = new Properties();
        try (var in = PostersMessagesTest.class.getResourceAsStream("/messages/pst_ru.properties")) {
            assertThat(in).as("messages/pst_ru.properties").isNotNull();
            russian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = Arrays.stream(PostersMessages.class.getDeclaredMethods()).map(Method::getName).toList();
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(russian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }
}
