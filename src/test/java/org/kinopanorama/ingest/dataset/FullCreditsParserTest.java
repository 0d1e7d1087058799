package org.kinopanorama.ingest.dataset;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Soviet Bloc Cinema reader takes for full credits and "where to watch": YouTube ids (checked), cinematographers,
 * composers, the cast in billing order (bounded), and the literary works of {@code references/}; on small hostile
 * fixtures ({@code datasets/soviet-credits}) and on the real archive.
 */
class FullCreditsParserTest {

    static final Path CREDITS = Path.of("src/test/resources/datasets/soviet-credits");

    private record Parsed(FilmRecord record, List<String> problems) {
    }

    private static Parsed parse(Path root, String file) throws Exception {
        List<String> problems = new ArrayList<>();
        SovietCinemaReference ref = SovietCinemaReference.read(root, e -> problems.add(e.file() + ": " + e.getMessage()));
        problems.clear(); // the references' own problems are another test's
        Path f = root.resolve(file);
        FilmRecord r = new SovietFilmParser(ref).parse(root, f, Files.readAllBytes(f), e -> problems.add(e.file() + ": " + e.getMessage()));
        return new Parsed(r, problems);
    }

    @Test
    void aFilmsCrewCastInBillingOrderYoutubeIdAndLiterarySource() throws Exception {
        Parsed p = parse(CREDITS, "films/chayka-1972.yaml");
        FilmRecord r = p.record();
        assertThat(p.problems()).isEmpty();
        assertThat(r.externalIds()).containsEntry("youtube", "Ab3_-9zZq1x").containsEntry("imdb", "tt0068349")
                .containsEntry("tmdb", "104945").containsEntry("wikidata", "Q4506135");
        assertThat(r.people()).filteredOn(c -> !c.role().equals("cast")).extracting(c -> c.role() + ":" + c.key())
                .containsExactly("director:karasik-yuliy", "screenwriter:karasik-yuliy", "cinematographer:shumskiy-mikhail",
                        "composer:schnittke-alfred");
        assertThat(r.people()).filteredOn(c -> c.role().equals("cast")).extracting(FilmRecord.Credit::key)
                .hasSize(12).startsWith("vasileva-alla", "yakovleva-lyudmila").endsWith("smoktunovskiy-innokentiy");
        assertThat(r.literarySources()).singleElement().satisfies(w -> {
            assertThat(w.title()).isEqualTo("Чайка");
            assertThat(w.titleOriginal()).as("the same as the title: not repeated").isNull();
            assertThat(w.year()).isEqualTo(1895);
            assertThat(w.authors()).containsExactly("chekhov-anton");
        });
    }

    @Test
    void aYoutubeIdThatIsNotElevenSafeCharactersIsReportedWithItsFileAndFieldAndNotLinked() throws Exception {
        Parsed script = parse(CREDITS, "films/dyadya-vanya-1970.yaml");
        assertThat(script.record().externalIds()).doesNotContainKey("youtube").containsEntry("wikidata", "Q4166474");
        assertThat(script.problems()).singleElement().asString()
                .startsWith("films/dyadya-vanya-1970.yaml: external_ids.youtube 'javascript:alert(1)' is not a YouTube video id");
        Parsed slash = parse(CREDITS, "films/bad-youtube-1971.yaml");
        assertThat(slash.record().externalIds()).doesNotContainKey("youtube");
        assertThat(slash.problems()).singleElement().asString().contains("external_ids.youtube 'abc/def?g=h'").endsWith("not linked");
        Parsed tooShort = parse(CREDITS, "films/short-youtube-1973.yaml");
        assertThat(tooShort.record().externalIds()).isEmpty();
        assertThat(tooShort.problems()).singleElement().asString().contains("external_ids.youtube 'abc'");
    }

    @Test
    void missingOrMisshapenCreditsAreLeftOutAndTheRestOfTheRecordIsRead() throws Exception {
        // composer a mapping, cinematographer empty, cast a string: no credits, the film is still read
        FilmRecord bad = parse(CREDITS, "films/bad-youtube-1971.yaml").record();
        assertThat(bad.people()).isEmpty();
        assertThat(bad.firstTitle("title_ru")).isEqualTo("Плохая ссылка");
        assertThat(bad.literarySources()).isEmpty();
        // cast entries without a person, or with a mapping for a person, are skipped
        FilmRecord vanya = parse(CREDITS, "films/dyadya-vanya-1970.yaml").record();
        assertThat(vanya.people()).extracting(c -> c.role() + ":" + c.key())
                .containsExactly("director:konchalovskiy-andrey", "composer:schnittke-alfred", "cast:smoktunovskiy-innokentiy");
    }

    @Test
    void anAbsurdCastIsCutToItsFirstFiveHundredInBillingOrderAndReported(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("films"));
        StringBuilder yaml = new StringBuilder("id: crowd-1980\ntitle_ru: Толпа\nyear: 1980\ncountry: [SU]\ncast:\n");
        for (int i = 0; i < 100_000; i++) {
            yaml.append("- person: extra-").append(i).append('\n');
        }
        yaml.append("composer:\n");
        for (int i = 0; i < 300; i++) {
            yaml.append("- composer-").append(i).append('\n');
        }
        Files.writeString(root.resolve("films/crowd-1980.yaml"), yaml);
        Parsed p = parse(root, "films/crowd-1980.yaml");
        List<String> cast = p.record().people().stream().filter(c -> c.role().equals("cast")).map(FilmRecord.Credit::key).toList();
        assertThat(cast).hasSize(SovietFilmParser.MAX_CAST).startsWith("extra-0", "extra-1").endsWith("extra-499");
        assertThat(p.record().people()).filteredOn(c -> c.role().equals("composer")).hasSize(SovietFilmParser.MAX_CREW);
        assertThat(p.problems()).containsExactly("films/crowd-1980.yaml: composer: 300 names, the first 200 kept",
                "films/crowd-1980.yaml: cast: 100000 names, the first 500 kept");
    }

    @Test
    void referencesWithoutFilmOrWithABadYearAreReportedAndLinksToOtherFilmsAreNoLiterarySource() throws Exception {
        List<String> problems = new ArrayList<>();
        SovietCinemaReference ref = SovietCinemaReference.read(CREDITS, e -> problems.add(e.file() + ": " + e.getMessage()));
        assertThat(problems).containsExactlyInAnyOrder("references/no-film.yaml: no source_film",
                "references/bad-year.yaml: target.year 'тысяча восемьсот' is not a number");
        assertThat(ref.literarySources("chayka-1972")).extracting(FilmRecord.LiterarySource::key).containsExactly("chayka-1972-by-chekhov");
        assertThat(ref.literarySources("dyadya-vanya-1970")).extracting(FilmRecord.LiterarySource::title).containsExactly("Дядя Ваня");
    }

    @Test
    void aChangedLiterarySourceChangesTheFilmsChecksumSoThatAReimportRewritesIt(@TempDir Path root) throws Exception {
        for (String dir : List.of("films", "references")) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.copy(CREDITS.resolve("films/chayka-1972.yaml"), root.resolve("films/chayka-1972.yaml"));
        String before = parse(root, "films/chayka-1972.yaml").record().checksum();
        Files.copy(CREDITS.resolve("references/chayka-1972-by-chekhov.yaml"), root.resolve("references/chayka-1972-by-chekhov.yaml"));
        String after = parse(root, "films/chayka-1972.yaml").record().checksum();
        assertThat(after).isNotEqualTo(before);
        assertThat(parse(root, "films/chayka-1972.yaml").record().checksum()).as("stable when nothing changed").isEqualTo(after);
    }

    @Test
    void theRealArchivesSovietFilmsWithYoutubeIdsComposersCinematographersAndLiterarySources() throws Exception {
        Assumptions.assumeTrue(Imports.sharedData(), "../shared/data is absent: the real datasets are not on this machine");
        DatasetFiles files = Imports.sovietUnpacked();
        List<String> problems = new ArrayList<>();
        SovietCinemaReference ref = SovietCinemaReference.read(files.root(), e -> problems.add(e.file() + ": " + e.getMessage()));
        SovietFilmParser parser = new SovietFilmParser(ref);
        int youtube = 0;
        int composer = 0;
        int cinematographer = 0;
        int literary = 0;
        int longestCast = 0;
        FilmRecord chayka = null;
        for (Path f : SovietCinemaReference.yamlFiles(files.root().resolve("films"))) {
            FilmRecord r = parser.parse(files.root(), f, Files.readAllBytes(f), e -> problems.add(e.file() + ": " + e.getMessage()));
            if (!r.claims().getOrDefault("country", List.of()).contains("SU")) {
                continue;
            }
            youtube += r.externalIds().containsKey("youtube") ? 1 : 0;
            composer += r.people().stream().anyMatch(c -> c.role().equals("composer")) ? 1 : 0;
            cinematographer += r.people().stream().anyMatch(c -> c.role().equals("cinematographer")) ? 1 : 0;
            literary += r.literarySources().isEmpty() ? 0 : 1;
            longestCast = Math.max(longestCast, (int) r.people().stream().filter(c -> c.role().equals("cast")).count());
            if (r.recordId().equals("chayka-1972")) {
                chayka = r;
            }
        }
        System.out.printf("SBC Soviet films: youtube %d, composer %d, cinematographer %d, literary source %d, longest cast %d%n",
                youtube, composer, cinematographer, literary, longestCast);
        assertThat(problems).isEmpty();
        assertThat(youtube).isEqualTo(2_059);
        assertThat(composer).isEqualTo(3_824);
        assertThat(cinematographer).isEqualTo(3_045);
        assertThat(literary).as("the one link to another film is no literary source").isEqualTo(48);
        assertThat(longestCast).isLessThanOrEqualTo(SovietFilmParser.MAX_CAST);
        assertThat(chayka).isNotNull();
        assertThat(chayka.literarySources()).extracting(FilmRecord.LiterarySource::authors).containsExactly(List.of("chekhov-anton"));
    }
}
