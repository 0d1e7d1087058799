package org.kinopanorama.catalog.film;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of full credits, literary sources and "where to watch" (film and person pages), in English;
 * {@code messages/cr_ru.properties} has them in Russian. Templates write {@code {cr:credits_title}}. A bundle of its
 * own: the site's {@code msg} bundle is at the size where Quarkus generates a class that fails bytecode verification.
 */
@MessageBundle(value = "cr", locale = "en")
public interface CreditMessages {

    @Message("Credits")
    String credits_title();

    @Message("Director")
    String credits_director();

    @Message("Screenplay")
    String credits_screenwriter();

    @Message("Cinematography")
    String credits_cinematographer();

    @Message("Music")
    String credits_composer();

    @Message("Cast")
    String credits_cast();

    @Message("Studio")
    String credits_studio();

    @Message("{count} more")
    String credits_cast_more(int count);

    @Message("Based on")
    String based_on();

    @Message("by")
    String based_on_by();

    @Message("Where to watch")
    String watch_title();

    @Message("Watch on YouTube")
    String watch_youtube();

    @Message("opens youtube.com; nothing is loaded from there until you follow the link")
    String watch_youtube_note();

    @Message("{name} on screen")
    String on_screen(String name);

    @Message("Films based on their work, by year.")
    String on_screen_lede();

    @Message("Director")
    String person_as_director();

    @Message("Screenwriter")
    String person_as_screenwriter();

    @Message("Cinematographer")
    String person_as_cinematographer();

    @Message("Composer")
    String person_as_composer();

    @Message("Actor")
    String person_as_cast();

    @Message("same composer:")
    String related_composer();

    @Message("same cinematographer:")
    String related_cinematographer();

    @Message("adapted from the same author:")
    String related_author();

    // --- A film's details from the datasets; people, studios, topics ---

    @Message("From open datasets")
    String film_datasets();

    @Message("Genres")
    String film_genres();

    @Message("Topics")
    String film_topics();

    @Message("Tags")
    String film_tags();

    @Message("Elsewhere")
    String film_ids();

    @Message("Facts by source")
    String film_facts();

    @Message("Sources disagree")
    String film_conflicts();

    @Message("Born")
    String person_born();

    @Message("Died")
    String person_died();

    @Message("{count.grouped} films")
    String studio_films(long count);

    @Message("A topic of {source}")
    String topic_source(String source);

    @Message("Dataset topics")
    String topics_title();

    @Message("source")
    String source_label();

    @Message("Directed by")
    String film_directors();
}
