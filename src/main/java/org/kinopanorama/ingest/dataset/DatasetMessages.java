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
}
