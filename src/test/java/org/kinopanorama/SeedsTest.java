package org.kinopanorama;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** seeds/ holds the three seed documents exactly as the curators wrote them. */
class SeedsTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path SHARED_SEEDS = Path.of("../shared/seeds");

    @Test
    void theThreeSeedDocumentsAreInTheProject() throws IOException {
        assertThat(names(SEEDS)).containsExactly(
                "000_cf483bedbf380018.txt", "001_389cd63eb799289f.txt", "002_64907de0053f19af.txt");
    }

    @Test
    void theyAreByteForByteTheSharedOnes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED_SEEDS), "../shared/seeds is not on this machine");
        assertThat(names(SEEDS)).isEqualTo(names(SHARED_SEEDS));
        for (String name : names(SHARED_SEEDS)) {
            assertThat(Files.readAllBytes(SEEDS.resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(SHARED_SEEDS.resolve(name)));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
