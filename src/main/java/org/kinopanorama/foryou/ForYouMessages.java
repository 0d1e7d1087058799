package org.kinopanorama.foryou;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The "For you" labels in English; {@code messages/fy_ru.properties} has them in Russian. Templates write
 * {@code {fy:title}}. "Because you saved X" is the watchlist bundle's ({@code wl:because_one}), said the same way
 * under a list and here.
 */
@MessageBundle(value = "fy", locale = "en")
public interface ForYouMessages {

    @Message("For you")
    String title();

    @Message("Films chosen for you from the films on your lists and the themes you like.")
    String lede();

    @Message("Because you watched {first}")
    String because_watched_one(String first);

    @Message("Because you watched {first} and {second}")
    String because_watched_two(String first, String second);

    @Message("More by {name}")
    String more_by(String name);

    @Message("Because you like {theme}")
    String because_theme_one(String theme);

    @Message("Because you like {first} and {second}")
    String because_theme_two(String first, String second);

    @Message("From {year}, like {film}")
    String same_year(String film, String year);

    @Message("Hide")
    String hide();

    @Message("Hidden suggestions")
    String hidden_title();

    @Message("A hidden film is never suggested to you again, here or under your lists, until you show it again.")
    String hidden_intro();

    @Message("Show again")
    String unhide();

    @Message("Nothing to suggest yet")
    String start_title();

    @Message("Suggestions come from the films you save and the themes you like. Pick a few themes to begin, or save films from the catalogue.")
    String start_text();

    @Message("None of your films has related films yet, and you have picked no themes: pick a few to get suggestions.")
    String no_related();

    @Message("Pick themes")
    String pick_themes();

    @Message("Browse films")
    String browse_films();

    @Message("How these are chosen")
    String how_title();

    @Message("From every film on your lists, watched ones included: the films related to them, with what they have in common; then the best films of the themes you picked, and popular films of the same years as your latest films. Films you saved or hid are left out. Ratings do not count yet: Kinopanorama has no ratings.")
    String how_text();

    @Message("Your themes:")
    String your_themes();

    @Message("Change themes")
    String change_themes();

    @Message("Which themes do you like?")
    String themes_title();

    @Message("Welcome! Pick a few themes: your suggestions start with their best films. You can change them at any time from For you.")
    String themes_welcome();

    @Message("Pick the themes you like; your suggestions include their best films.")
    String themes_intro();

    @Message("Themes")
    String themes_legend();

    @Message("{count.grouped} {#if count == 1}film{#else}films{/if}")
    String theme_films(long count);

    @Message("Save themes")
    String themes_save();

    @Message("Skip for now")
    String themes_skip();

    @Message("All suggestions for you")
    String home_more();

    @Message("Pick a few themes or save films, and suggestions for you appear here.")
    String home_empty();
}
