package org.kinopanorama.ingest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The curator's desk (upload a document, its preview and report) in English; {@code messages/desk_ru.properties}
 * has it in Russian. Templates write {@code {desk:desk_title}}.
 */
@MessageBundle(value = "desk", locale = "en")
public interface DeskMessages {

    // --- The curator's desk: upload, preview, report ---

    @Message("Curator’s desk")
    String desk_title();

    @Message("Curated lists come into the catalogue from here. The catalogue holds {count.grouped} {#if count == 1}film{#else}films{/if}.")
    String desk_lede(long count);

    @Message("Add or update a list")
    String desk_upload();

    @Message("A plain-text document (UTF-8): an introduction, then for each film a line like")
    String desk_format_line();

    @Message("followed by")
    String desk_format_followed();

    @Message("and")
    String desk_format_and();

    @Message("lines. A document with the same file name as an earlier one updates that list. You will see what it does before anything is saved.")
    String desk_format_rest();

    @Message("Document")
    String document();

    @Message("A .txt or .md file, at most 1 MB.")
    String document_hint();

    @Message("Preview")
    String preview();

    @Message("Lists")
    String desk_lists();

    @Message("No curated lists yet.")
    String desk_no_lists();

    @Message("List")
    String column_list();

    @Message("Title")
    String column_title();

    @Message("New title for {title}")
    String desk_new_title(String title);

    @Message("Rename")
    String rename();

    @Message("Year conflicts")
    String desk_conflicts();

    @Message("All sources agree on every film’s year.")
    String desk_years_agree();

    @Message("Sources disagree on the year of these films; each claim is kept.")
    String desk_years_disagree();

    @Message("Choose a document to upload.")
    String desk_choose_document();

    @Message("{file}: the document is larger than {bytes} bytes.")
    String desk_too_large(String file, long bytes);

    @Message("The document to import is missing: upload it again.")
    String desk_import_missing();

    @Message("The document to import was damaged on the way: upload it again.")
    String desk_import_damaged();

    @Message("A list title needs 1 to 120 characters.")
    String desk_title_length();

    @Message("Preview: {title}")
    String preview_title(String title);

    @Message("Preview of {file}")
    String preview_heading(String file);

    @Message("This document was ingested before, exactly as it is now: importing it changes nothing.")
    String preview_unchanged();

    @Message("Nothing is saved yet. Importing this document would create the list")
    String preview_would_create();

    @Message("Nothing is saved yet. Importing this document would update the list")
    String preview_would_update();

    @Message("theme: {theme}")
    String preview_theme(String theme);

    @Message("from “{words}”")
    String preview_theme_words(String words);

    @Message("{count} {#if count == 1}entry{#else}entries{/if}")
    String preview_entries(int count);

    @Message("{count} new {#if count == 1}film{#else}films{/if}")
    String preview_new_films(int count);

    @Message("{count} {#if count == 1}film{#else}films{/if} already in the catalogue")
    String preview_known_films(int count);

    @Message("{added} entries added, {removed} removed, {reworded} reworded")
    String entries_changed(int added, int removed, int reworded);

    @Message("Warnings")
    String warnings();

    @Message("Entries")
    String entries();

    @Message("Entry")
    String column_entry();

    @Message("Film")
    String column_film();

    @Message("line {line}")
    String preview_line(int line);

    @Message("new film")
    String preview_new_film();

    @Message("same film as {matched}")
    String preview_same_film(String matched);

    @Message("Import this list")
    String preview_import();

    @Message("Back to the curator’s desk")
    String back_to_desk();

    @Message("Imported: {title}")
    String report_title(String title);

    @Message("Imported {source}")
    String report_heading(String source);

    @Message("The list")
    String report_the_list();

    @Message("was created.")
    String report_created();

    @Message("was updated.")
    String report_updated();

    @Message("{count} {#if count == 1}film{#else}films{/if} added")
    String report_films_added(int count);

    @Message("{count} {#if count == 1}film{#else}films{/if} merged with ones already in the catalogue")
    String report_films_merged(int count);

    @Message("added")
    String badge_added();

    @Message("merged")
    String badge_merged();
}
