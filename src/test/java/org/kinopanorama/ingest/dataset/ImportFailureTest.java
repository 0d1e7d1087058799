package org.kinopanorama.ingest.dataset;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed import's reason never carries a server path, whatever threw. */
class ImportFailureTest {

    private static final List<Path> HIDDEN = List.of(Path.of("/srv/kinopanorama/imports"), Path.of("/tmp"));

    @Test
    void pathsUnderTheHiddenFoldersBecomeRelativeAndAnyOtherAbsolutePathKeepsOnlyItsName() {
        assertThat(ImportFailure.reason(new AccessDeniedException("/srv/kinopanorama/imports/soviet/films/a.yaml"), HIDDEN))
                .isEqualTo("AccessDeniedException: soviet/films/a.yaml");
        assertThat(ImportFailure.reason(new UncheckedIOException(new java.io.IOException(
                "cannot read /tmp/kinopanorama-dataset-42/ml/movies.csv: malformed input")), HIDDEN))
                .isEqualTo("java.io.IOException: cannot read kinopanorama-dataset-42/ml/movies.csv: malformed input");
        assertThat(ImportFailure.reason(new IllegalStateException("failed on /home/olga/secret/films.csv and /etc/passwd"), HIDDEN))
                .isEqualTo("failed on …/films.csv and …/passwd");
        assertThat(ImportFailure.reason(new IllegalStateException("rating 3/5 and/or 4.5/5"), HIDDEN)).isEqualTo("rating 3/5 and/or 4.5/5");
    }

    @Test
    void errorsGetAReasonACuratorCanActOn() {
        assertThat(ImportFailure.reason(new OutOfMemoryError("Java heap space"), HIDDEN)).contains("ran out of memory");
        assertThat(ImportFailure.reason(new StackOverflowError(), HIDDEN)).isEqualTo("a record is nested too deeply to be read");
        assertThat(ImportFailure.reason(new NoClassDefFoundError("/opt/app/Foo"), HIDDEN))
                .isEqualTo("stopped by an internal error (NoClassDefFoundError)");
        assertThat(ImportFailure.reason(new DatasetRefusedException("big.tar.gz unpacks to more than 1 bytes"), HIDDEN))
                .isEqualTo("big.tar.gz unpacks to more than 1 bytes");
    }
}
