package org.kinopanorama.catalog.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels of the search's groups and of the curators' title form, in English; {@code messages/srch_ru.properties}
 * has them in Russian. Templates write {@code {srch:people}}. A bundle of its own, as the site's {@code msg}
 * bundle is at the size where Quarkus generates a class that fails bytecode verification.
 */
@MessageBundle(value = "srch", locale = "en")
public interface SearchMessages {

    @Message("Films")
    String films();

    @Message("People")
    String people();

    @Message("Studios")
    String studios();

    @Message("Curated lists")
    String lists();

    @Message("{count.grouped} {#if count == 1}film{#else}films{/if}")
    String film_count(long count);

    @Message("About")
    String about_theme();

    @Message("No films match “{query}”, but these do:")
    String only_names(String query);

    @Message("Titles")
    String titles_heading();

    @Message("Source")
    String title_source();

    @Message("Language")
    String title_language();

    @Message("Add a title")
    String add_title();

    @Message("Title")
    String title_label();

    @Message("Language of the title")
    String language_label();

    @Message("Russian")
    String language_ru();

    @Message("English")
    String language_en();

    @Message("Original (another language)")
    String language_original();

    @Message("Add")
    String add();

    @Message("Remove")
    String remove();

    @Message("Remove the title “{title}”")
    String remove_title(String title);

    @Message("added by a curator")
    String source_curator();

    @Message("Give a title (at most {max} characters).")
    String title_required(int max);

    @Message("The film already has this title.")
    String title_exists();

    @Message("Choose the title's language.")
    String language_required();

    @Message("Title “{title}” added.")
    String title_added(String title);

    @Message("Title “{title}” removed.")
    String title_removed(String title);

    // --- Search ---

    @Message("Search: “{query}”{#if page > 1}, page {page}{/if}")
    String search_title(String query, int page);

    @Message("Title, original or Russian title, or words from a description")
    String search_query_label();

    @Message("Search by any title a film is known by (English, original, Russian in Cyrillic or in Latin letters), or by words from what the curated lists say about it.")
    String search_hint();

    @Message("No films match “{query}”. Check the spelling, try fewer words, or another title of the film.")
    String search_none(String query);

    @Message("{total.grouped} {#if total == 1}film matches{#else}films match{/if} “{query}”")
    String search_summary(long total, String query);

    @Message("page {page} of {count}")
    String search_page_of(int page, int count);

    @Message("Also known as")
    String search_aka();

    @Message("The title matches.")
    String search_title_matches();

    @Message("Fact")
    String search_fact();

    @Message("Description")
    String search_description();

    @Message("Pages of results")
    String search_pages();
}
