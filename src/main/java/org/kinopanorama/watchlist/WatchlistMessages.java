package org.kinopanorama.watchlist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The watchlist pages' labels, in English; {@code messages/wl_ru.properties} has them in Russian. Templates write
 * {@code {wl:my_lists}}. A bundle of its own: the site's {@code msg} bundle, with these ~100 keys added, made
 * Quarkus 3.32.1 generate a message-bundle class that fails bytecode verification at start-up.
 */
@MessageBundle(value = "wl", locale = "en")
public interface WatchlistMessages {

    @Message("My lists")
    String my_lists();

    @Message("My public profile")
    String profile_link();

    @Message("Import from Letterboxd")
    String import_link();

    @Message("Films I am not interested in")
    String not_interested_link();

    @Message("{films} {#if films == 1}film{#else}films{/if}, {watched} watched")
    String counts(int films, int watched);

    @Message("Private")
    String visibility_private();

    @Message("Anyone with the link")
    String visibility_unlisted();

    @Message("Public")
    String visibility_public();

    @Message("Private: only you")
    String visibility_private_long();

    @Message("Unlisted: anyone with the secret link, no account needed")
    String visibility_unlisted_long();

    @Message("Public: also shown on your profile")
    String visibility_public_long();

    @Message("New list")
    String new_list();

    @Message("Name")
    String name();

    @Message("Description (optional)")
    String description_optional();

    @Message("Create list")
    String create();

    @Message("Show")
    String filter();

    @Message("All")
    String filter_all();

    @Message("Not yet watched")
    String filter_unwatched();

    @Message("Watched")
    String filter_watched();

    @Message("No films on this list yet. Add them from a film's page, the film list or the search.")
    String empty();

    @Message("No films to show here.")
    String none_shown();

    @Message("Watched on {date}")
    String watched_on(String date);

    @Message("Not watched yet")
    String not_watched();

    @Message("Move up")
    String move_up();

    @Message("Move down")
    String move_down();

    @Message("Position")
    String position();

    @Message("Move")
    String move();

    @Message("Mark watched")
    String mark_watched();

    @Message("Not watched")
    String mark_unwatched();

    @Message("Watched on")
    String watched_date();

    @Message("Remove")
    String remove();

    @Message("Note")
    String note();

    @Message("Save note")
    String save_note();

    @Message("Suggestions")
    String suggestions();

    @Message("No suggestions yet: save a few films, and films related to them will appear here.")
    String no_suggestions();

    @Message("Because you saved {first}")
    String because_one(String first);

    @Message("Because you saved {first} and {second}")
    String because_two(String first, String second);

    @Message("(and {more} more)")
    String because_more(int more);

    @Message("Add to this list")
    String add_here();

    @Message("Not interested")
    String not_interested();

    @Message("Sharing")
    String sharing();

    @Message("Who can read this list")
    String who_can_read();

    @Message("Save")
    String save_visibility();

    @Message("Link to share:")
    String share_link();

    @Message("Make a new link (the old one stops working)")
    String new_link();

    @Message("Export for Letterboxd")
    String export();

    @Message("As a list (CSV, with positions and notes)")
    String export_list();

    @Message("As a watchlist (CSV)")
    String export_watchlist();

    @Message("Name and description")
    String edit();

    @Message("Save")
    String save();

    @Message("Delete this list")
    String delete();

    @Message("Delete “{name}”?")
    String delete_title(String name);

    @Message("The list and its {films} {#if films == 1}film{#else}films{/if}, with their notes, will be gone for good. The films stay in the catalogue.")
    String delete_warning(int films);

    @Message("Yes, delete this list")
    String delete_confirm();

    @Message("Keep it")
    String keep();

    @Message("Import from Letterboxd")
    String import_title();

    @Message("Bring in a watchlist or a list exported from Letterboxd (Settings → Import & Export, or a list's Export). You will see which films were found before anything is saved.")
    String import_lede();

    @Message("CSV file")
    String import_file();

    @Message("watchlist.csv, or a list's CSV (it begins “Letterboxd list export”).")
    String import_hint();

    @Message("Into")
    String import_into();

    @Message("A list's file: the list of that name (created if needed); a watchlist: your Watchlist")
    String import_into_auto();

    @Message("Read the file")
    String import_read();

    @Message("What the import will do")
    String import_report();

    @Message("{file}: {rows} {#if rows == 1}row{#else}rows{/if}, {matched} matched to films of the catalogue, {unmatched} not found.")
    String import_summary(String file, int rows, int matched, int unmatched);

    @Message("A new list “{name}” will be created.")
    String import_creates(String name);

    @Message("Films go into your list “{name}”.")
    String import_into_list(String name);

    @Message("{count} {#if count == 1}film{#else}films{/if} will be added; films already on it stay as they are.")
    String import_to_add(long count);

    @Message("Import")
    String import_confirm();

    @Message("Cancel")
    String import_cancel();

    @Message("Rows that could not be read")
    String import_problems();

    @Message("Line {line}")
    String import_line(int line);

    @Message("Not found in the catalogue ({count})")
    String import_unmatched(int count);

    @Message("Every row was matched to a film.")
    String import_all_matched();

    @Message("Matched ({count})")
    String import_matched(int count);

    @Message("Line")
    String import_col_line();

    @Message("In the file")
    String import_col_file();

    @Message("Film")
    String import_col_film();

    @Message("On the list")
    String import_col_state();

    @Message("already there")
    String import_already();

    @Message("will be added")
    String import_new();

    @Message("Films you are not interested in")
    String not_interested_title();

    @Message("These films are never suggested to you. Undo to see them again.")
    String not_interested_lede();

    @Message("None: every film may be suggested to you.")
    String not_interested_none();

    @Message("Undo")
    String undo();

    @Message("A list by")
    String shared_by();

    @Message("{username}’s lists")
    String profile_title(String username);

    @Message("No public lists yet.")
    String profile_none();

    @Message("✓ On {name}")
    String on_list(String name);

    @Message("Add to {name}")
    String add_to(String name);

    @Message("Your lists")
    String save_heading();

    @Message("Sign in to save this film to your lists")
    String sign_in_to_save();

    @Message("Your progress")
    String your_progress();

    @Message("You have watched {watched} of {total}")
    String watched_of(int watched, int total);

    @Message("Save this list as one of mine")
    String save_curated();

    @Message("“{value}” is not a date (write it as 2026-11-23).")
    String date_invalid(String value);

    @Message("At most {max} characters.")
    String description_too_long(int max);

    @Message("Choose a CSV file exported from Letterboxd.")
    String import_choose();

    @Message("{file}: not UTF-8 text. Letterboxd's exports are UTF-8; was the file re-saved in another encoding?")
    String import_not_utf8(String file);

    @Message("{file} is larger than {max} bytes.")
    String import_too_large(String file, int max);

    @Message("Give the list a name.")
    String name_required();

    @Message("At most {max} characters.")
    String name_too_long(int max);

    @Message("A note may have at most {max} characters.")
    String note_too_long(int max);

    @Message("Actions")
    String actions();

    @Message("Save the date")
    String save_date();

    @Message("Drag to reorder")
    String drag();

    @Message("Drag a film by its handle to reorder the list, or use Move in its Actions menu (⋯).")
    String order_hint();

    @Message("Order saved.")
    String order_saved();
}
