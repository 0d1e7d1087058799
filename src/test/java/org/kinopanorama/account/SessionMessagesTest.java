package org.kinopanorama.account;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label of the sessions list has its Russian, and the Russian file has no key the bundle lacks. */
class SessionMessagesTest {

    @Test
    void everyKeyHasRussianAndNoneIsLeftOver() throws IOException {
        Properties russian = new Properties();
        try (var in = SessionMessagesTest.class.getResourceAsStream("/messages/sess_ru.properties")) {
            assertThat(in).as("messages/sess_ru.properties").isNotNull();
            russian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = Arrays.stream(SessionMessages.class.getDeclaredMethods()).map(Method::getName).toList();
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(russian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }
}
