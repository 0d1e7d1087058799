package org.kinopanorama.account;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The key that encrypts session cookies. When none is configured, one is generated once and kept in
 * {@code kinopanorama.session.key-file}, so that people stay signed in across restarts with no setup.
 * Several instances behind a load balancer must share one: set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    private static final Logger LOG = Logger.getLogger(SessionKeyConfigSourceFactory.class);
    private static volatile String temporaryKey;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() == ExecutionMode.UNSET || value(context, KEY) != null) {
            return List.of(); // building, or configured by the operator
        }
        String file = value(context, "kinopanorama.session.key-file");
        String key = file == null ? temporaryKey() : keyFrom(Path.of(file));
        return List.of(new PropertiesConfigSource(Map.of(KEY, key), "kinopanorama-session-key", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }

    private static synchronized String temporaryKey() {
        if (temporaryKey == null) {
            temporaryKey = newKey();
        }
        return temporaryKey;
    }

    static String keyFrom(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String key = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (key.length() >= 32) {
                    return key;
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String key = newKey();
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: nothing more to do
            }
            LOG.infof("Generated the session key in %s", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the session key file " + file.toAbsolutePath()
                    + "; set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY instead", e);
        }
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
