package org.kinopanorama.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/account", "/films?decade=1970&theme=war", "/films/42#titles", "/темы/война"})
    void aPathOnThisSiteIsKept(String path) {
        assertThat(ReturnPath.safe(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example", "///evil.example", "/\\evil.example",
            "javascript:alert(1)", "evil.example/path", "http:/evil", "/ok\r\nSet-Cookie: x=1", "/signin", "/signup?return=/x"})
    void anythingElseBecomesTheHomePage(String candidate) {
        assertThat(ReturnPath.safe(candidate)).isEqualTo("/");
    }
}
