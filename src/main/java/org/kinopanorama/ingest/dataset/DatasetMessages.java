package org.kinopanorama.ingest.dataset;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the dataset import page about the import folder, in English; {@code messages/ds_ru.properties} has
 * them in Russian. Templates write {@code {ds:path_hint}}. A bundle of its own, as the site's {@code msg}
 * bundle cannot grow (see {@code WatchlistMessages}).
 */
@MessageBundle(value = "ds", locale = "en")
public interface DatasetMessages {

    @Message("Path in the import folder")
    String path_label();

    @Message("A folder or an archive inside the server's import folder, relative to it, e.g. soviet-bloc-cinema-data/…tar.gz "
            + "(the README says where the import folder is and how to put datasets in it). Or upload it below.")
    String path_hint();

    @Message("Give a path relative to the import folder, not an absolute one.")
    String not_relative();

    @Message("{path}: a path may not leave the import folder (no “..”).")
    String escapes(String path);

    @Message("{path} leads outside the import folder.")
    String links_out(String path);

    @Message("Nothing readable named {path} in the import folder.")
    String not_found(String path);

    @Message("The server has no import folder; see the README (Import open datasets).")
    String no_folder();

    // --- The import page: start an import, follow its progress ---

    @Message("Import open datasets")
    String datasets_title();

    @Message("Soviet Bloc Cinema Data and MovieLens come into the catalogue from here, in the background: you can leave this page and come back.")
    String datasets_lede();

    @Message("Start an import")
    String datasets_start();

    @Message("Dataset")
    String datasets_dataset();

    @Message("Soviet Bloc Cinema Data (folder or .tar.gz with films/, people/, studios/, topics/)")
    String datasets_soviet();

    @Message("MovieLens (folder or .zip with movies.csv, links.csv, tags.csv, ratings.csv)")
    String datasets_movielens();

    @Message("Or upload an archive")
    String datasets_upload();

    @Message("Every film: all countries (Soviet Bloc Cinema), every movie (MovieLens); by default only Soviet films, and MovieLens only enriches films the catalogue has")
    String datasets_every();

    @Message("Start import")
    String datasets_submit();

    @Message("Imports")
    String datasets_recent();

    @Message("No import yet.")
    String datasets_none();

    @Message("Give a path on the server or upload an archive.")
    String datasets_missing();

    @Message("Choose a dataset.")
    String datasets_unknown();

    @Message("The archive is larger than {max} bytes.")
    String datasets_too_large(long max);

    @Message("The server cannot read {path}.")
    String datasets_not_found(String path);

    @Message("Import {id}")
    String import_title(long id);

    @Message("Status")
    String import_status();

    @Message("Phase")
    String import_phase();

    @Message("Progress")
    String import_progress();

    @Message("Elapsed")
    String import_elapsed();

    @Message("Films added")
    String import_created();

    @Message("Films matched and enriched")
    String import_matched();

    @Message("Unchanged")
    String import_unchanged();

    @Message("Films merged")
    String import_merged();

    @Message("Left out (other countries / not in the catalogue)")
    String import_left_out();

    @Message("Bad records skipped")
    String import_skipped();

    @Message("Ratings kept as behaviour signals")
    String import_signals();

    @Message("Cancel")
    String import_cancel();

    @Message("Resume")
    String import_resume();

    @Message("Log")
    String import_log();

    @Message("Nothing to report.")
    String import_log_empty();

    @Message("This page refreshes every few seconds while the import runs.")
    String import_refreshes();

    @Message("interrupted: it will resume when an instance starts, or press Resume")
    String import_interrupted();

    @Message("cancelling after the current batch")
    String import_cancel_asked();
}
