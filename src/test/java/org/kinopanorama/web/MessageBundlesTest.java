package org.kinopanorama.web;

import io.quarkus.qute.i18n.MessageBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Russian reader reads every label in Russian: for every message bundle of the code base (each feature has its own),
 * {@code messages/<namespace>_ru.properties} has each key of the bundle, no key the bundle lacks, and no blank text.
 */
class MessageBundlesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyKeyHasRussianAndNoneIsLeftOver(Class<?> bundle) throws IOException {
        String namespace = bundle.getAnnotation(MessageBundle.class).value();
        String file = "/messages/" + namespace + "_ru.properties";
        Properties russian = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            russian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).toList();
        assertThat(russian.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(keys);
        russian.forEach((key, text) -> assertThat(text.toString()).as("Russian of %s:%s", namespace, key).isNotBlank());
    }

    @Test
    void everyRussianFileBelongsToABundle() throws Exception {
        List<String> namespaces = bundles().map(b -> b.getAnnotation(MessageBundle.class).value()).toList();
        assertThat(namespaces).as("the bundles found").contains("msg", "cat", "acct", "desk", "ds", "wl", "sim").doesNotHaveDuplicates();
        Path folder = Path.of(MessageBundlesTest.class.getResource("/messages/msg_ru.properties").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allSatisfy(f -> assertThat(namespaces).as(f).contains(f.replaceFirst("_ru\\.properties$", "")));
        }
    }

    /** Every interface annotated {@link MessageBundle} among the application's classes. */
    static Stream<Class<?>> bundles() throws IOException, URISyntaxException {
        Path classes = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".").replaceFirst("\\.class$", ""))
                    .filter(name -> name.startsWith("org.kinopanorama.") && !name.contains("$"))
                    .<Class<?>>map(MessageBundlesTest::load)
                    .filter(c -> c != null && c.isInterface() && c.isAnnotationPresent(MessageBundle.class))
                    .sorted(java.util.Comparator.comparing(Class::getName))
                    .toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MessageBundlesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // a class that needs what the tests do not have is no bundle
        }
    }
}
