package org.kinopanorama.watchlist;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Letterboxd's CSV exports, read and written, without the app. */
class LetterboxdCsvTest {

    @Test
    void readsAWatchlistExport() {
        var parsed = LetterboxdCsv.parse("""
                Date,Name,Year,Letterboxd URI
                2024-03-01,The Cranes Are Flying,1957,https://boxd.it/1xYz
                2024-03-02,"Moscow Does Not Believe in Tears",1979,https://boxd.it/2abc
                2024-03-03,Solaris,,https://boxd.it/3def
                """);
        assertThat(parsed.kind()).isEqualTo(LetterboxdCsv.Kind.WATCHLIST);
        assertThat(parsed.rows()).extracting(LetterboxdCsv.Row::name)
                .containsExactly("The Cranes Are Flying", "Moscow Does Not Believe in Tears", "Solaris");
        assertThat(parsed.rows()).extracting(LetterboxdCsv.Row::year).containsExactly(1957, 1979, null);
        assertThat(parsed.rows()).extracting(LetterboxdCsv.Row::line).containsExactly(2, 3, 4);
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void readsAListExportInItsPositionsWithNotesQuotesAndLineBreaks() {
        var parsed = LetterboxdCsv.parse("\uFEFFLetterboxd list export v7\r\n"
                + "Date,Name,Tags,URL,Description\r\n"
                + "2024-05-01,\"Autumn, mostly\",,https://letterboxd.com/u/list/autumn/,For long evenings\r\n"
                + "\r\n"
                + "Position,Name,Year,URL,Description\r\n"
                + "2,Stalker,1979,https://boxd.it/a,\"The \"\"Zone\"\",\r\nthen the room\"\r\n"
                + "1,Mirror,1975,https://boxd.it/b,\r\n");
        assertThat(parsed.kind()).isEqualTo(LetterboxdCsv.Kind.LIST);
        assertThat(parsed.listName()).isEqualTo("Autumn, mostly");
        assertThat(parsed.listDescription()).isEqualTo("For long evenings");
        assertThat(parsed.rows()).extracting(LetterboxdCsv.Row::name).containsExactly("Mirror", "Stalker");
        assertThat(parsed.rows().get(1).note()).isEqualTo("The \"Zone\",\r\nthen the room");
        assertThat(parsed.rows().get(1).line()).isEqualTo(6);
        assertThat(parsed.rows().get(0).line()).isEqualTo(8);
    }

    @Test
    void reportsRowsItCannotReadWithTheirLinesAndRefusesWhatIsNoExport() {
        var parsed = LetterboxdCsv.parse("Date,Name,Year\n2024-01-01,,1960\n2024-01-02,Ivan's Childhood,sixty-two\n2024-01-03,Solaris,1972\n");
        assertThat(parsed.rows()).extracting(LetterboxdCsv.Row::name).containsExactly("Solaris");
        assertThat(parsed.problems()).extracting(LetterboxdCsv.Problem::line).containsExactly(2, 3);
        assertThat(parsed.problems().get(1).message()).contains("sixty-two");

        assertThatThrownBy(() -> LetterboxdCsv.parse("Title;Jahr\nSolaris;1972\n"))
                .isInstanceOf(LetterboxdFormatException.class).hasMessageContaining("line 1").hasMessageContaining("'Name'");
        assertThatThrownBy(() -> LetterboxdCsv.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> LetterboxdCsv.parse("Date,Name,Year\n2024-01-01,\"Solaris,1972\n"))
                .hasMessageContaining("line 2").hasMessageContaining("never closed");
    }

    @Test
    void whatItWritesItReadsBackTheSame() {
        List<LetterboxdCsv.Film> films = List.of(
                new LetterboxdCsv.Film("Irony of Fate, or Enjoy Your Bath!", 1975, "http://x/films/1", "New Year's Eve, \"of course\"", LocalDate.of(2024, 1, 2)),
                new LetterboxdCsv.Film("Летят журавли", 1957, "http://x/films/2", null, LocalDate.of(2024, 1, 3)),
                new LetterboxdCsv.Film(" Spaces ", null, "http://x/films/3", "two\nlines", LocalDate.of(2024, 1, 4)));
        String list = LetterboxdCsv.list("My, list", "About \"it\"", "http://x/watchlists/5", LocalDate.of(2024, 1, 1), films);
        assertThat(list).startsWith("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n")
                .contains("\nPosition,Name,Year,URL,Description\n1,\"Irony of Fate, or Enjoy Your Bath!\",1975,");
        var back = LetterboxdCsv.parse(list);
        assertThat(back.listName()).isEqualTo("My, list");
        assertThat(back.listDescription()).isEqualTo("About \"it\"");
        assertThat(back.rows()).extracting(LetterboxdCsv.Row::name).containsExactly("Irony of Fate, or Enjoy Your Bath!", "Летят журавли", "Spaces");
        assertThat(back.rows()).extracting(LetterboxdCsv.Row::note).containsExactly("New Year's Eve, \"of course\"", null, "two\nlines");
        assertThat(back.rows()).extracting(LetterboxdCsv.Row::position).containsExactly(1, 2, 3);

        String watchlist = LetterboxdCsv.watchlist(films);
        assertThat(watchlist).startsWith("Date,Name,Year,Letterboxd URI\n2024-01-02,\"Irony of Fate, or Enjoy Your Bath!\",1975,http://x/films/1\n");
        assertThat(LetterboxdCsv.parse(watchlist).rows()).extracting(LetterboxdCsv.Row::year).containsExactly(1975, 1957, null);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndReadBackUnchanged() {
        List<String> notes = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "-5 stars", "+1 for the music",
                "@SUM(A1:A9)", "\tTabbed", "'=already quoted", "''-twice", "'plain quote", "fine = not first", "");
        List<LetterboxdCsv.Film> films = notes.stream()
                .map(n -> new LetterboxdCsv.Film("=cmd|' /C calc'!A0", 1966, "http://x/films/1", n, null)).toList();
        String list = LetterboxdCsv.list("-list", "@about", "http://x/watchlists/5", null, films);

        assertThat(list).doesNotContain(",=", ",-5", ",+1", ",@", ",\"\tTabbed")
                .contains(",\"'=HYPERLINK(", ",'-5 stars", ",'+1 for the music", ",'@SUM(A1:A9)", ",'\tTabbed",
                        ",''=already quoted", ",'''-twice", ",'plain quote", ",fine = not first", "\n1,'=cmd|' /C calc'!A0,1966,");
        for (String line : list.split("\n")) {
            assertThat(line).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
        }

        var back = LetterboxdCsv.parse(list);
        assertThat(back.listName()).isEqualTo("-list");
        assertThat(back.listDescription()).isEqualTo("@about");
        assertThat(back.rows()).extracting(LetterboxdCsv.Row::name).allMatch("=cmd|' /C calc'!A0"::equals);
        // a leading tab is blank space to the reader, as it always was; the rest come back exactly
        assertThat(back.rows()).extracting(LetterboxdCsv.Row::note).containsExactly("=HYPERLINK(\"http://evil.example\",\"click\")",
                "-5 stars", "+1 for the music", "@SUM(A1:A9)", "Tabbed", "'=already quoted", "''-twice", "'plain quote",
                "fine = not first", null);
    }

    @Test
    void aFileWithANulIsRefusedWithItsLine() {
        assertThatThrownBy(() -> LetterboxdCsv.parse("Date,Name,Year\n2024-01-01,Solaris,1972\n2024-01-02,Sta\u0000lker,1979\n"))
                .isInstanceOf(LetterboxdFormatException.class).hasMessageContaining("line 3").hasMessageContaining("U+0000");
        assertThat(LetterboxdCsv.parse("Date,Name,Year\r\n2024-01-01,\tSolaris,1972\r\n").rows()).hasSize(1);
    }
}
