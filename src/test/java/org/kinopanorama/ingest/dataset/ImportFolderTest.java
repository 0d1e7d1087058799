package org.kinopanorama.ingest.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A curator's path names something inside the import folder, or it is refused without naming the server's paths. */
class ImportFolderTest {

    @TempDir
    Path server;

    private ImportFolder folder() throws Exception {
        Path imports = Files.createDirectories(server.resolve("imports"));
        Files.createDirectories(imports.resolve("soviet/films"));
        Files.writeString(imports.resolve("soviet/films/a.yaml"), "id: a\n");
        Files.writeString(server.resolve("secret.txt"), "not for curators");
        return new ImportFolder(imports);
    }

    private static ImportFolder.Refused refused(ImportFolder folder, String given) {
        try {
            folder.resolve(given);
        } catch (ImportFolder.Refused r) {
            return r;
        }
        throw new AssertionError(given + " was not refused");
    }

    @Test
    void aPathInsideTheFolderResolvesToItsRealPath() throws Exception {
        ImportFolder folder = folder();
        assertThat(folder.resolve("soviet")).isEqualTo(server.resolve("imports/soviet").toRealPath());
        assertThat(folder.resolve(" soviet/films/a.yaml ")).isEqualTo(server.resolve("imports/soviet/films/a.yaml").toRealPath());
        assertThat(folder.resolve("soviet/./films")).isEqualTo(server.resolve("imports/soviet/films").toRealPath());
    }

    @Test
    void climbingOutWithDotDotIsRefusedEvenWhenItWouldComeBack() throws Exception {
        ImportFolder folder = folder();
        for (String given : new String[] {"../secret.txt", "..", "soviet/../../secret.txt", "soviet/../soviet", "../imports/soviet"}) {
            ImportFolder.Refused r = refused(folder, given);
            assertThat(r.reason()).as(given).isEqualTo(ImportFolder.Refusal.ESCAPES);
            assertThat(r.english()).as(given).contains(given).doesNotContain(server.toString());
        }
    }

    @Test
    void absolutePathsAndTheRootAreRefusedWithoutEchoingThem() throws Exception {
        ImportFolder folder = folder();
        for (String given : new String[] {"/etc/passwd", "/", server.resolve("secret.txt").toString(),
                server.resolve("imports/soviet").toString(), "\\etc\\passwd", "soviet\u0000/films", "\n"}) {
            ImportFolder.Refused r = refused(folder, given);
            assertThat(r.reason()).as(given).isEqualTo(ImportFolder.Refusal.NOT_RELATIVE);
            assertThat(r.english()).as(given).isEqualTo("Give a path relative to the import folder, not an absolute one.");
        }
    }

    @Test
    void aSymbolicLinkLeadingOutIsRefusedOneStayingInsideIsFollowed() throws Exception {
        ImportFolder folder = folder();
        Path imports = server.resolve("imports");
        Files.createSymbolicLink(imports.resolve("secret"), server.resolve("secret.txt"));
        Files.createSymbolicLink(imports.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(imports.resolve("same-films"), imports.resolve("soviet/films"));

        assertThat(refused(folder, "secret").reason()).isEqualTo(ImportFolder.Refusal.LINKS_OUT);
        ImportFolder.Refused etc = refused(folder, "etc/passwd");
        assertThat(etc.reason()).isEqualTo(ImportFolder.Refusal.LINKS_OUT);
        assertThat(etc.english()).isEqualTo("etc/passwd leads outside the import folder.");
        assertThat(folder.resolve("same-films/a.yaml")).isEqualTo(imports.resolve("soviet/films/a.yaml").toRealPath());
    }

    @Test
    void theFolderItselfMayBeASymbolicLink() throws Exception {
        folder();
        Path link = Files.createSymbolicLink(server.resolve("imports-link"), server.resolve("imports"));
        ImportFolder viaLink = new ImportFolder(link);
        assertThat(viaLink.resolve("soviet/films/a.yaml")).isEqualTo(server.resolve("imports/soviet/films/a.yaml").toRealPath());
        assertThat(refused(viaLink, "../secret.txt").reason()).isEqualTo(ImportFolder.Refusal.ESCAPES);
    }

    @Test
    void somethingMissingOrNoFolderAtAllIsSaidWithoutServerPaths() throws Exception {
        ImportFolder folder = folder();
        ImportFolder.Refused missing = refused(folder, "no/such/folder");
        assertThat(missing.reason()).isEqualTo(ImportFolder.Refusal.NOT_FOUND);
        assertThat(missing.english()).isEqualTo("Nothing readable named no/such/folder in the import folder.");
        ImportFolder.Refused none = refused(new ImportFolder(server.resolve("absent")), "soviet");
        assertThat(none.reason()).isEqualTo(ImportFolder.Refusal.NO_FOLDER);
        assertThat(none.english()).doesNotContain(server.toString());
    }
}
