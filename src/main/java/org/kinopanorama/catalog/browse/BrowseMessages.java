package org.kinopanorama.catalog.browse;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of browsing the catalogue (the film list's facets and sorts, the home page's popular films and imports)
 * in English; {@code messages/br_ru.properties} has them in Russian. Templates write {@code {br:facet_genre}}.
 */
@MessageBundle(value = "br", locale = "en")
public interface BrowseMessages {

    @Message("Filters")
    String filters_toggle();

    @Message("Popularity")
    String sort_popularity();

    @Message("Rating")
    String sort_rating();

    @Message("Relevance to the themes")
    String sort_relevance();

    @Message("Year")
    String sort_year();

    @Message("Title")
    String sort_title();

    @Message("Genre")
    String facet_genre();

    @Message("Country")
    String facet_country();

    @Message("Director")
    String facet_director();

    @Message("Studio")
    String facet_studio();

    @Message("Topic")
    String facet_topic();

    @Message("Runtime")
    String facet_runtime();

    @Message("No animation")
    String facet_animation();

    @Message("Under an hour")
    String runtime_short();

    @Message("60–89 minutes")
    String runtime_medium();

    @Message("90–119 minutes")
    String runtime_feature();

    @Message("2 hours or more")
    String runtime_long();

    @Message("Exclude animation ({count.grouped})")
    String exclude_animation(long count);

    @Message("Include animation")
    String include_animation();

    @Message("Find a director")
    String find_director();

    @Message("Find a studio")
    String find_studio();

    @Message("Find")
    String find();

    @Message("No one of that name among directors or studios: “{name}”.")
    String unmatched(String name);

    @Message("Average rating {stars} out of 5, from {count.grouped} ratings")
    String rating_label(String stars, int count);

    @Message("Popular films")
    String popular();

    @Message("All films by popularity")
    String popular_all();

    @Message("{count.grouped} films from {source}")
    String imported(long count, String source);

    // --- Shared words ---

    @Message("or")
    String or();

    @Message("remove")
    String remove();

    // --- Film list: filters, facets, sort, pages ---

    @Message("Films{#if page > 1} · page {page}{/if}")
    String films_title(int page);

    @Message("Soviet films of the catalogue, to filter by theme, decade and curated list.")
    String films_description();

    @Message("No films match these filters.")
    String films_none();

    /** How many films the filters give. */
    @Message("{count.grouped} {#if count == 1}film{#else}films{/if}")
    String films_matching(long count);

    @Message("showing {first}–{last}")
    String films_showing(int first, int last);

    @Message("Active filters")
    String filters_active();

    @Message("Theme:")
    String filter_all();

    @Message("Either:")
    String filter_any();

    @Message("Not:")
    String filter_none();

    @Message("Decade:")
    String filter_decade();

    @Message("List:")
    String filter_list();

    @Message("Remove filter {name} {value}")
    String filter_remove(String name, String value);

    @Message("Clear all")
    String filters_clear();

    @Message("Sort")
    String sort();

    @Message("Sort by:")
    String sort_by();

    @Message("Filters")
    String filters();

    @Message("Include all of, either of, or exclude. The number is how many films you would see.")
    String facet_themes_hint();

    @Message("included")
    String facet_included();

    @Message("either")
    String facet_either();

    @Message("excluded")
    String facet_excluded();

    @Message("Remove {label}")
    String facet_remove(String label);

    @Message("Include {label}: {count.grouped} {#if count == 1}film{#else}films{/if}")
    String facet_include(String label, long count);

    @Message("Either {label}: {count.grouped} {#if count == 1}film{#else}films{/if}")
    String facet_either_label(String label, long count);

    @Message("Exclude {label}: {count.grouped} {#if count == 1}film{#else}films{/if}")
    String facet_exclude(String label, long count);

    @Message("Decade")
    String decade();

    @Message("{decade}s")
    String decade_label(String decade);

    @Message("Curated list")
    String curated_list();

    @Message("Remove the last filter ({filter})")
    String films_remove_last(String filter);

    @Message("see all films")
    String films_see_all();
}
