package org.kinopanorama.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the site, in English; {@code messages/msg_ru.properties} has them in Russian. Templates
 * write {@code {msg:nav_films}}; Java code that puts a text on a page asks {@link Language#messages()}.
 * Counts take their plural form in the message: {@code {msg:films_count(n)}} is "1 film", "2 films" and
 * "1 фильм", "2 фильма", "5 фильмов" (see {@link RussianPlural}).
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // --- Layout: header, navigation, footer, language switcher ---

    @Message("Kinopanorama")
    String site_name();

    @Message("Discover Soviet cinema through curated lists, themes and films related to the ones you love.")
    String layout_description();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_main();

    @Message("Home")
    String nav_home();

    @Message("Films")
    String nav_films();

    @Message("Themes")
    String nav_themes();

    @Message("About")
    String nav_about();

    @Message("Curate")
    String nav_curate();

    @Message("Signed in as")
    String nav_signed_in_as();

    @Message("Sign out")
    String sign_out();

    @Message("Sign in")
    String sign_in();

    @Message("Sign up")
    String sign_up();

    @Message("Search films")
    String search_films();

    @Message("Search")
    String search();

    @Message("Kinopanorama: Soviet cinema, discovered through the lists of people who love it.")
    String footer_tagline();

    @Message("About the catalogue and its sources")
    String footer_about();

    @Message("Language")
    String language();

    // --- Shared words ---

    @Message("{count.grouped} {#if count == 1}film{#else}films{/if}")
    String films_count(int count);

    @Message("Themes")
    String themes();

    @Message("Films")
    String films();

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

    @Message("or")
    String or();

    @Message("remove")
    String remove();

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

    @Message("Back to the home page")
    String back_home();

    /** For the suggestions script: a text per plural form (CLDR names), "#" where the number goes. */
    @Message("one:# film suggested; use the arrow keys to choose.|other:# films suggested; use the arrow keys to choose.")
    String suggest_status();

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

    @Message("title")
    String sort_title();

    @Message("year")
    String sort_year();

    @Message("relevance")
    String sort_relevance();

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

    // --- Accounts: sign in, sign up, the account page ---

    @Message("Username")
    String username();

    @Message("Email")
    String email();

    @Message("Password")
    String password();

    @Message("New here?")
    String signin_new_here();

    @Message("Create an account")
    String create_an_account();

    @Message("Create an account")
    String signup_heading();

    @Message("Keep watchlists and get suggestions from them. Already have an account?")
    String signup_intro();

    @Message("Please correct what is marked below.")
    String signup_correct();

    @Message("3 to 30 letters (A-Z), digits, dots, dashes or underscores.")
    String username_hint();

    @Message("Only used to reach you about your account.")
    String email_hint();

    @Message("At least 10 characters; not your username or email.")
    String password_hint();

    @Message("Create account")
    String create_account();

    @Message("Too many failed attempts. Please wait {minutes} {#if minutes == 1}minute{#else}minutes{/if} before trying again.")
    String signin_throttled(long minutes);

    @Message("The username or password is not right.")
    String signin_wrong();

    @Message("Your account")
    String account_title();

    @Message("Role")
    String role();

    @Message("Curator")
    String role_curator();

    @Message("Member")
    String role_member();

    @Message("Member since")
    String member_since();

    @Message("Change your password")
    String password_change_heading();

    @Message("Current password")
    String current_password();

    @Message("New password")
    String new_password();

    @Message("New password, again")
    String new_password_again();

    @Message("Change password")
    String change_password();

    @Message("Delete your account")
    String delete_heading();

    @Message("This deletes your account and everything that belongs to it, for good.")
    String delete_warning();

    @Message("Type your username to confirm")
    String delete_confirm_label();

    @Message("Your password")
    String your_password();

    @Message("Delete my account")
    String delete_button();

    @Message("Your password was changed.")
    String password_changed();

    // what is wrong with an account form, next to its field

    @Message("Choose a username.")
    String username_required();

    @Message("Use 3 to 30 letters (A-Z), digits, dots, dashes or underscores, starting with a letter or digit.")
    String username_rules();

    @Message("This username is taken. Choose another.")
    String username_taken();

    @Message("This username or email was taken a moment ago. Choose another.")
    String username_taken_meanwhile();

    @Message("Enter your email address.")
    String email_required();

    @Message("An email address has at most 254 characters.")
    String email_too_long();

    @Message("Enter an email address like name@example.org.")
    String email_invalid();

    @Message("An account with this email exists already. Sign in instead?")
    String email_taken();

    @Message("Choose a password.")
    String password_required();

    @Message("Use at least {min} characters.")
    String password_too_short(int min);

    @Message("Use at most {max} characters.")
    String password_too_long(int max);

    @Message("A password cannot be only spaces.")
    String password_only_spaces();

    @Message("Your password cannot be your username or email.")
    String password_is_name();

    @Message("This is not your current password.")
    String current_password_wrong();

    @Message("The two new passwords are not the same.")
    String passwords_differ();

    @Message("Type your username, {username}, to confirm.")
    String delete_confirm_mismatch(String username);

    @Message("This is not your password.")
    String password_wrong();

    @Message("Your account and everything that belonged to it were deleted.")
    String account_deleted();

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

    // --- Error pages ---

    @Message("Something went wrong")
    String error_title();

    /** @param reason the HTTP reason phrase, e.g. "Bad Request" */
    @Message("{reason}")
    String error_reason(int status, String reason);

    @Message("Something went wrong on our side")
    String error_heading();

    @Message("The page could not be shown. Please try again in a moment.")
    String error_text();

    @Message("If it keeps happening, tell us this reference:")
    String error_reference();

    @Message("The request could not be handled as it was sent.")
    String error_client();

    @Message("Not allowed")
    String not_allowed();

    @Message("Page not found")
    String not_found();

    @Message("There is no page at")
    String not_found_before();

    @Message(". It may have moved, or the address may be mistyped.")
    String not_found_after();

    @Message("This page is not open to your account.")
    String forbidden_account();

    @Message("This form could not be accepted: {problem} Go back, reload the page and try again.")
    String csrf_refused(String problem);

    @Message("it was sent from another site.")
    String csrf_other_site();

    @Message("your browser did not send its security cookie (are cookies allowed for this site?).")
    String csrf_no_cookie();

    @Message("it did not carry its security token.")
    String csrf_no_token();

    @Message("its security token has expired or does not match.")
    String csrf_token_mismatch();

    // --- Open datasets: imports, people, studios, topics, film credits ---

    @Message("Import open datasets")
    String datasets_title();

    @Message("Soviet Bloc Cinema Data and MovieLens come into the catalogue from here, in the background: you can leave this page and come back.")
    String datasets_lede();

    @Message("Start an import")
    String datasets_start();

    @Message("Dataset")
    String datasets_dataset();

    @Message("Soviet Bloc Cinema Data (folder or .tar.gz with films/, people/, studios/, topics/)")
    String datasets_soviet();

    @Message("MovieLens (folder or .zip with movies.csv, links.csv, tags.csv, ratings.csv)")
    String datasets_movielens();

    @Message("Path on the server")
    String datasets_path();

    @Message("A folder or an archive the server can read, e.g. ../shared/data/soviet-bloc-cinema-data/…tar.gz. Or upload it below.")
    String datasets_path_hint();

    @Message("Or upload an archive")
    String datasets_upload();

    @Message("Every film: all countries (Soviet Bloc Cinema), every movie (MovieLens); by default only Soviet films, and MovieLens only enriches films the catalogue has")
    String datasets_every();

    @Message("Start import")
    String datasets_submit();

    @Message("Imports")
    String datasets_recent();

    @Message("No import yet.")
    String datasets_none();

    @Message("Give a path on the server or upload an archive.")
    String datasets_missing();

    @Message("Choose a dataset.")
    String datasets_unknown();

    @Message("The archive is larger than {max} bytes.")
    String datasets_too_large(long max);

    @Message("The server cannot read {path}.")
    String datasets_not_found(String path);

    @Message("Import {id}")
    String import_title(long id);

    @Message("Status")
    String import_status();

    @Message("Phase")
    String import_phase();

    @Message("Progress")
    String import_progress();

    @Message("Elapsed")
    String import_elapsed();

    @Message("Films added")
    String import_created();

    @Message("Films matched and enriched")
    String import_matched();

    @Message("Unchanged")
    String import_unchanged();

    @Message("Films merged")
    String import_merged();

    @Message("Left out (other countries / not in the catalogue)")
    String import_left_out();

    @Message("Bad records skipped")
    String import_skipped();

    @Message("Ratings kept as behaviour signals")
    String import_signals();

    @Message("Cancel")
    String import_cancel();

    @Message("Resume")
    String import_resume();

    @Message("Log")
    String import_log();

    @Message("Nothing to report.")
    String import_log_empty();

    @Message("This page refreshes every few seconds while the import runs.")
    String import_refreshes();

    @Message("interrupted: it will resume when an instance starts, or press Resume")
    String import_interrupted();

    @Message("cancelling after the current batch")
    String import_cancel_asked();

    @Message("From open datasets")
    String film_datasets();

    @Message("Directed by")
    String film_directors();

    @Message("Written by")
    String film_screenwriters();

    @Message("Cast")
    String film_cast();

    @Message("Studios")
    String film_studios();

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

    @Message("Films")
    String person_films();

    @Message("Born")
    String person_born();

    @Message("Died")
    String person_died();

    @Message("director")
    String role_director();

    @Message("screenwriter")
    String role_screenwriter();

    @Message("cast")
    String role_cast();

    @Message("{count.grouped} films")
    String studio_films(long count);

    @Message("A topic of {source}")
    String topic_source(String source);

    @Message("Dataset topics")
    String topics_title();

    @Message("source")
    String source_label();
}
