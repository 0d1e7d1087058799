package org.kinopanorama.catalog;

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
}
