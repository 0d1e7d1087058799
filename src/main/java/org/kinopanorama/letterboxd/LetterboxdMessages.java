package org.kinopanorama.letterboxd;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The Letterboxd archive pages' labels, in English; {@code messages/lb_ru.properties} has them in Russian. Templates
 * write {@code {lb:title}}.
 */
@MessageBundle(value = "lb", locale = "en")
public interface LetterboxdMessages {

    @Message("Letterboxd: import and export")
    String title();

    @Message("Letterboxd import and export")
    String link();

    @Message("Bring everything from Letterboxd at once: ratings, diary with rewatches and reviews, watched films, watchlist and lists. Nothing is saved until you have read the report and confirmed it.")
    String lede();

    @Message("Import a Letterboxd archive")
    String import_heading();

    @Message("Letterboxd export (.zip)")
    String file();

    @Message("On Letterboxd: Settings, Data, Export your data. Up to {megabytes} MB. Read: ratings.csv, diary.csv, reviews.csv, watched.csv, watchlist.csv and lists/; other files are left out.")
    String file_hint(long megabytes);

    @Message("Read the archive")
    String read();

    @Message("Export")
    String export_heading();

    @Message("Your ratings, diary, reviews, watched films, Watchlist and lists as a Letterboxd archive, which Letterboxd and this site can import.")
    String export_lede();

    @Message("Download the archive (.zip)")
    String export_download();

    @Message("The archive is imported.")
    String imported();

    @Message("Choose the archive to import.")
    String choose();

    @Message("{file} is larger than {megabytes} MB.")
    String too_large_upload(String file, long megabytes);

    @Message("{file} is not a .zip archive.")
    String not_zip(String file);

    @Message("The archive holds more than {max} files.")
    String too_many_entries(String max);

    @Message("The archive unpacks to more than {megabytes} MB (at {entry}); nothing was read.")
    String too_large(String entry, long megabytes);

    @Message("The archive holds a file named \"{entry}\", outside the archive's folder; nothing was read.")
    String unsafe_name(String entry);

    @Message("The archive holds \"{entry}\" twice.")
    String duplicate_name(String entry);

    @Message("{entry} is not UTF-8 text.")
    String not_utf8(String entry);

    @Message("The archive holds none of Letterboxd's files (ratings.csv, diary.csv, watched.csv, watchlist.csv, reviews.csv, lists/).")
    String no_letterboxd_files();

    @Message("{entry}, line {line}: {detail}")
    String malformed(String entry, int line, String detail);

    @Message("The archive holds more than {max} films (at {entry}).")
    String too_many_rows(String entry, String max);

    @Message("Import report")
    String report();

    @Message("{file}: {rows} rows, {matched} matched, {ambiguous} ambiguous, {unmatched} not found.")
    String summary(String file, int rows, int matched, int ambiguous, int unmatched);

    @Message("Matched films are saved; ambiguous and unknown ones are left out. Imported ratings and diary entries are private until you make them public.")
    String what_is_saved();

    @Message("Import")
    String confirm();

    @Message("Cancel")
    String cancel();

    @Message("List \"{name}\"")
    String list_named(String name);

    @Message("{rows} rows: {matched} matched, {ambiguous} ambiguous, {unmatched} not found")
    String file_summary(int rows, int matched, int ambiguous, int unmatched);

    @Message("Line {line}")
    String line(int line);

    @Message("ambiguous, fits {films}")
    String ambiguous_reason(String films);

    @Message("no film of the catalogue with this title and a year at most one apart")
    String unmatched_reason();

    @Message("Left out")
    String problems();

    @Message("Matched ({count})")
    String matched(int count);

    @Message("Line")
    String col_line();

    @Message("In the file")
    String col_file();

    @Message("Film here")
    String col_film();

    @Message("rewatch")
    String rewatch();

    @Message("with review")
    String reviewed();

    @Message("Not read (this site has no use for them): {files}")
    String ignored(String files);
}
