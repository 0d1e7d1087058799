package org.kinopanorama.catalog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The catalogue's words (home page, films, curated lists, themes, search, about, pages of a list) in English;
 * {@code messages/cat_ru.properties} has them in Russian. Templates write {@code {cat:home_title}}. Counts take
 * their plural form in the message (see {@link org.kinopanorama.web.RussianPlural}).
 */
@MessageBundle(value = "cat", locale = "en")
public interface CatalogueMessages {

    // --- Shared words ---

    @Message("{count.grouped} {#if count == 1}film{#else}films{/if}")
    String films_count(int count);

    @Message("Themes")
    String themes();

    @Message("Curated lists")
    String curated_lists();

    @Message("Description.")
    String description_label();

    @Message("Fact.")
    String fact_label();

    @Message("The source text stops mid-sentence")
    String cut_off_title();

    @Message("(cut off in the source)")
    String cut_off();

    @Message("on")
    String on_list();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Pages")
    String pages();

    @Message("page")
    String page_word();

    @Message("Page")
    String page_word_capital();

    @Message("“")
    String quote_open();

    @Message("”")
    String quote_close();

    @Message("Strength of {label}")
    String theme_strength_of(String label);

    // --- Home ---

    @Message("Discover Soviet cinema")
    String home_title();

    @Message("Films recently added (Atom)")
    String home_feed();

    @Message("Curated lists around a theme, every film once with what each list says of it, and films related to the ones you love.")
    String home_lede();

    @Message("Search films by title, in English or Russian, or by what they are about")
    String home_search_label();

    @Message("e.g. Летят журавли, irony, partisans")
    String home_search_placeholder();

    @Message("Browse all films and combine themes")
    String home_browse_all();

    @Message("Recently added")
    String home_recent();

    @Message("The catalogue has no films yet. They arrive with the curated lists.")
    String home_empty();

    @Message("{count.grouped} {#if count == 1}film{#else}films{/if} in the catalogue.")
    String home_films_in_catalogue(long count);

    // --- Film page ---

    @Message("{title}: a Soviet film in the Kinopanorama catalogue.")
    String film_description(String title);

    @Message("Also known as:")
    String film_aka();

    @Message("Sources disagree on the year:")
    String film_year_conflict();

    @Message("On curated lists")
    String film_on_lists();

    @Message("· no. {position}, as “{heading}”")
    String film_entry(int position, String heading);

    @Message("No themes found for this film yet.")
    String film_no_themes();

    @Message("Mentioned as not quite this:")
    String film_negated();

    /** @param origin "list", "description", "fact" or several joined by "+" */
    @Message("{origin}")
    String evidence_origin(String origin);

    // --- Curated list page ---

    @Message("{title}: a curated list of Soviet films.")
    String list_description(String title);

    @Message("theme: {label}")
    String list_theme(String label);

    @Message("Source: {name}")
    String list_source(String name);

    // --- Themes and a theme's page ---

    @Message("The themes of Soviet cinema in the catalogue, each with its films.")
    String themes_description();

    @Message("Each theme with the films that carry it. Combine them on the")
    String themes_lede_before();

    @Message("film list")
    String themes_lede_link();

    /** @param labelEnLower the English label in lower case, e.g. "betrayal" */
    @Message("Soviet films about {labelEnLower} ({labelRu}), strongest first.")
    String theme_description(String labelEnLower, String labelRu);

    @Message("{count.grouped} {#if count == 1}film{#else}films{/if}, strongest first")
    String theme_count(long count);

    @Message("filter with other themes")
    String theme_filter_link();

    @Message("No film carries this theme yet.")
    String theme_empty();

    @Message("Strength")
    String strength();

    @Message("Related themes")
    String theme_related();

    @Message("{count} {#if count == 1}film{#else}films{/if} in common")
    String theme_in_common(long count);

    // --- About ---

    @Message("About")
    String about_title();

    @Message("About Kinopanorama")
    String about_heading();

    @Message("Kinopanorama is a place to discover Soviet cinema. Curators write lists of films around a theme (betrayal, true love, unrequited love) with a description and a fact for each film; Kinopanorama brings those lists and larger open film datasets into one catalogue, where each film appears once, with everything each source said about it, and where you can follow themes and find films related to the ones you love.")
    String about_intro();

    @Message("For whom")
    String about_for_whom();

    @Message("Film lovers browsing on a phone or a desktop, in English, with the Russian titles that matter.")
    String about_film_lovers();

    @Message("Curators who add lists.")
    String about_curators();

    @Message("The operator who runs it.")
    String about_operator();

    @Message("Sources")
    String about_sources();

    @Message("Every description and fact is shown with the list it came from. Open datasets are credited on the pages that use them.")
    String about_sources_text();
}
