package org.kinopanorama.ingest.dataset;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SovietFilmParserTest {

    private static FilmRecord parse(Path root, String file) throws Exception {
        SovietCinemaReference ref = SovietCinemaReference.read(root, e -> { });
        Path f = root.resolve(file);
        return new SovietFilmParser(ref).parse(root, f, Files.readAllBytes(f));
    }

    @Test
    void everyFieldOfTheFixtureFilm() throws Exception {
        FilmRecord r = parse(Imports.SOVIET, "films/ironiya-sudby-1976.yaml");
        assertThat(r.recordId()).isEqualTo("ironiya-sudby-1976");
        assertThat(r.firstTitle("title_ru")).isEqualTo("Ирония судьбы, или С лёгким паром!");
        assertThat(r.year()).isEqualTo(1976);
        assertThat(r.externalIds()).containsEntry("imdb", "tt0073179").containsEntry("wikidata", "Q913426");
        assertThat(r.claims()).containsEntry("country", List.of("SU")).containsEntry("runtime_min", List.of("184"))
                .containsEntry("censorship", List.of("released"));
        assertThat(r.people()).extracting(c -> c.role() + ":" + c.key()).containsExactly("director:eldar-ryazanov",
                "screenwriter:eldar-ryazanov", "screenwriter:emil-braginsky", "cast:andrey-myagkov", "cast:barbara-brylska");
        assertThat(r.studios()).extracting(FilmRecord.StudioRef::key).containsExactly("mosfilm");
        assertThat(r.genres()).extracting(g -> g.code() + "/" + g.label()).containsExactly("comedy/Комедия", "melodrama/Мелодрама");
        assertThat(r.topics()).containsExactly("new-year-films");
        assertThat(parse(Imports.SOVIET, "films/zvezda-1949.yaml").topics()).containsExactly("late-forties");
    }

    @Test
    void aRecordWithoutYearOrWithBrokenYamlIsRefusedWithItsFile() {
        assertThatThrownBy(() -> parse(Imports.SOVIET, "films/no-year.yaml")).isInstanceOf(BadRecordException.class)
                .hasMessage("no year").extracting(e -> ((BadRecordException) e).file()).isEqualTo("films/no-year.yaml");
        assertThatThrownBy(() -> parse(Imports.SOVIET, "films/broken.yaml")).isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("malformed YAML (line ");
    }

    @Test
    void theRealDatasetParsesSovietFilmsAsItsReadmeCountsThem() throws Exception {
        Assumptions.assumeTrue(Imports.sharedData(), "../shared/data is absent: the real datasets are not on this machine");
        DatasetFiles files = Imports.sovietUnpacked();
        List<String> problems = new ArrayList<>();
        SovietCinemaReference ref = SovietCinemaReference.read(files.root(), e -> problems.add(e.file()));
        SovietFilmParser parser = new SovietFilmParser(ref);
        int soviet = 0;
        int all = 0;
        FilmRecord irony = null;
        for (Path f : SovietCinemaReference.yamlFiles(files.root().resolve("films"))) {
            FilmRecord r = parser.parse(files.root(), f, Files.readAllBytes(f));
            all++;
            if (r.claims().getOrDefault("country", List.of()).contains("SU")) {
                soviet++;
            }
            if (r.recordId().equals("ironiya-sudby-ili-s-lyogkim-parom-1976")) {
                irony = r;
            }
        }
        assertThat(all).isEqualTo(14_515);
        assertThat(soviet).isEqualTo(6_627);
        assertThat(problems).isEmpty();
        assertThat(ref.topics()).hasSize(30);
        assertThat(irony).isNotNull();
        assertThat(irony.externalIds()).containsEntry("imdb", "tt0073179");
        assertThat(irony.year()).isEqualTo(1976);
    }
}
