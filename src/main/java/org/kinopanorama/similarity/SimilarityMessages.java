package org.kinopanorama.similarity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels of "If you liked this" and of the curators' page of related films, in English;
 * {@code messages/sim_ru.properties} has them in Russian. Templates write {@code {sim:related_title}}. A bundle
 * of its own, like the watchlists': Quarkus 3.32.1 generates a message-bundle class that fails bytecode
 * verification once one bundle holds more than about 300 messages.
 */
@MessageBundle(value = "sim", locale = "en")
public interface SimilarityMessages {

    // --- "If you liked this" on a film's page ---

    @Message("If you liked this")
    String related_title();

    @Message("Films close to this one, and what they share with it.")
    String related_lede();

    @Message("No related films yet: nothing in the catalogue shares enough with this one.")
    String related_none();

    @Message("Both:")
    String related_theme();

    @Message("both on")
    String related_list();

    @Message("same director:")
    String related_director();

    @Message("same screenwriter:")
    String related_screenwriter();

    @Message("shared cast:")
    String related_cast();

    @Message("same studio:")
    String related_studio();

    @Message("genre:")
    String related_genre();

    @Message("both tagged")
    String related_tag();

    @Message("same decade:")
    String related_decade();

    @Message("both in:")
    String related_topic();

    @Message("often saved together")
    String related_behaviour();

    @Message("shared words:")
    String related_text();

    @Message("More like this, but")
    String related_refine();

    @Message("more {label}")
    String related_more(String label);

    @Message("less {label}")
    String related_less(String label);

    @Message("Leaning toward {label}.")
    String related_leaning_more(String label);

    @Message("Leaning away from {label}.")
    String related_leaning_less(String label);

    @Message("Back to the usual order")
    String related_clear();

    @Message("There is no theme “{slug}”, so the related films are in their usual order.")
    String related_unknown_theme(String slug);

    // --- Curators: similarity ---

    @Message("Related films")
    String similarity_desk_title();

    @Message("Every film keeps its {count} closest films, with the reasons, ready for its page. They are recomputed around the films a new list touches, when watchlists change (checked on a schedule), and here on demand.")
    String similarity_desk_lede(int count);

    @Message("Back to the curator's desk")
    String similarity_desk_back();

    @Message("Rebuild")
    String similarity_rebuild();

    @Message("Recomputes the related films of every film in the catalogue. Pages keep showing the previous ones until it is done.")
    String similarity_rebuild_hint();

    @Message("Rebuild all related films")
    String similarity_rebuild_button();

    @Message("Latest rebuilds")
    String similarity_builds();

    @Message("No rebuild has run yet.")
    String similarity_no_builds();

    @Message("Finished")
    String similarity_when();

    @Message("What")
    String similarity_scope();

    @Message("Films")
    String similarity_films();

    @Message("Neighbours stored")
    String similarity_neighbours();

    @Message("Time (ms)")
    String similarity_millis();

    @Message("By")
    String similarity_by();

    @Message("every film")
    String similarity_scope_full();

    @Message("every film (watchlists changed)")
    String similarity_scope_behaviour();

    @Message("films around a change")
    String similarity_scope_films();

    @Message("Related films")
    String desk_similarity();

    @Message("When related films were last computed, and a rebuild:")
    String desk_similarity_hint();

    // --- where the rebuild after a change stands (it runs after the change committed, off the curator's request) ---

    @Message("Now")
    String rebuild_state();

    @Message("Nothing waits for a rebuild.")
    String rebuild_state_idle();

    @Message("Queued: {count} films wait for their related films to be recomputed (since {since}).")
    String rebuild_state_queued(int count, String since);

    @Message("Running since {since}.")
    String rebuild_state_running(String since);

    @Message("Last finished {at}: {films} films, {neighbours} neighbours stored, in {millis} ms.")
    String rebuild_state_last(String at, int films, int neighbours, long millis);

    @Message("Failed {at} ({actor}): {reason}. The films stay queued; the next rebuild takes them.")
    String rebuild_state_failed(String at, String actor, String reason);
}
