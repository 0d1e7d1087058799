package org.kinopanorama.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SessionKeyConfigSourceFactoryTest {

    @TempDir
    Path temp;

    @Test
    void theKeyIsGeneratedOnceReadableOnlyByItsOwnerAndKeptAcrossRestarts() throws Exception {
        Path file = temp.resolve("data/session.key");

        String first = SessionKeyConfigSourceFactory.keyFrom(file);
        String second = SessionKeyConfigSourceFactory.keyFrom(file);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aTooShortKeyIsReplaced() throws Exception {
        Path file = Files.writeString(temp.resolve("session.key"), "short");
        assertThat(SessionKeyConfigSourceFactory.keyFrom(file)).hasSizeGreaterThanOrEqualTo(32);
    }
}
