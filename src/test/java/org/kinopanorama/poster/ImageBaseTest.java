package org.kinopanorama.poster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The image base address is checked at start-up: what an operator may give, and what stops the start with a reason. */
class ImageBaseTest {

    @Test
    void tmdbsBaseGivesItsOriginForTheContentSecurityPolicy() {
        ImageBase base = ImageBase.parse("https://image.tmdb.org/t/p/");
        assertThat(base.address()).isEqualTo("https://image.tmdb.org/t/p/");
        assertThat(base.origin()).isEqualTo("https://image.tmdb.org");
    }

    @Test
    void aHostOfItsOwnWithAPortAndNoPath() {
        assertThat(ImageBase.parse("https://Posters.Example.org:8443").address()).isEqualTo("https://posters.example.org:8443/");
        assertThat(ImageBase.parse("https://posters.example.org:8443").origin()).isEqualTo("https://posters.example.org:8443");
    }

    @Test
    void plainHttpOnlyOnThisMachine() {
        assertThat(ImageBase.parse("http://localhost:9000/img/").origin()).isEqualTo("http://localhost:9000");
        assertThat(ImageBase.parse("http://127.0.0.1/").origin()).isEqualTo("http://127.0.0.1");
        assertThatThrownBy(() -> ImageBase.parse("http://image.tmdb.org/t/p/"))
                .hasMessageContaining("KINOPANORAMA_POSTERS_IMAGE_BASE").hasMessageContaining("must be https");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://user:secret@image.tmdb.org/t/p/",   // user info
            "https://image.tmdb.org/t/p/?sig=1",         // query
            "https://image.tmdb.org/t/p/#x",             // fragment
            "https://image.tmdb.org/t/p",                // path not ending in /
            "https://image.tmdb.org/t/../p/",            // dot segments
            "https://image.tmdb.org/t%2Fp/",             // encoded slash
            "//image.tmdb.org/t/p/",                     // no scheme
            "/t/p/",                                     // relative
            "javascript:alert(1)//",                     // not a web address
            "data:image/png;base64,AAAA",
            "ftp://image.tmdb.org/",
            "https:///t/p/",                             // no host
            "https://image.tmdb.org/t p/",               // space
            "https://image.tmdb.org/t/p/\"onerror=\"x/", // quotes
    })
    void anythingElseStopsTheStartWithTheSettingNamed(String value) {
        assertThatThrownBy(() -> ImageBase.parse(value)).isInstanceOf(ImageBase.InvalidImageBase.class)
                .hasMessageContaining("kinopanorama.posters.image-base").hasMessageContaining("leave it unset");
    }

    @Test
    void sizesAreLettersAndDigits() {
        assertThat(ImageBase.size("card-size", "w342")).isEqualTo("w342");
        assertThatThrownBy(() -> ImageBase.size("card-size", "../w342")).hasMessageContaining("kinopanorama.posters.card-size");
        assertThatThrownBy(() -> ImageBase.size("page-size", "w500/")).hasMessageContaining("kinopanorama.posters.page-size");
    }
}
