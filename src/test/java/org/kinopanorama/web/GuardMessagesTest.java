package org.kinopanorama.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal and outage label has its Russian, and the Russian file has no key the bundle lacks. */
class GuardMessagesTest {

    @Test
    void everyKeyHasRussianAndNoneIsLeftOver() throws IOException {
        Properties russian = new Properties();
        try (var in = GuardMessagesTest.class.getResourceAsStream("/messages/guard_ru.properties")) {
            assertThat(in).as("messages/guard_ru.properties").isNotNull();
            russian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = Arrays.stream(GuardMessages.class.getDeclaredMethods()).map(Method::getName).toList();
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(russian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }
}
