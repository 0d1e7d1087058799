package org.kinopanorama.diary;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of ratings, the diary and the profile's activity, in English; {@code messages/rt_ru.properties} has them
 * in Russian. Templates write {@code {rt:your_rating}}. A bundle of its own, as the site's {@code msg} bundle is full.
 */
@MessageBundle(value = "rt", locale = "en")
public interface RatingMessages {

    @Message("Your rating and diary")
    String heading();

    @Message("Rated {stars} of 5 by {count.grouped} {#if count == 1}person{#else}people{/if}")
    String average(String stars, int count);

    @Message("Sign in to rate this film and log it in your diary")
    String sign_in_to_rate();

    @Message("Your rating")
    String your_rating();

    @Message("You rated it {stars} of 5.")
    String rated(String stars);

    @Message("You have not rated it.")
    String not_rated();

    @Message("of 5 stars")
    String of_five();

    @Message("Show this rating on my profile")
    String rating_public();

    @Message("Save rating")
    String save_rating();

    @Message("Remove rating")
    String remove_rating();

    @Message("Choose a rating from ½ to 5 stars.")
    String rating_invalid();

    @Message("Last watched on {date}")
    String last_watch(String date);

    @Message("Watched on {date}")
    String watched_on(String date);

    @Message("rewatch")
    String rewatch_mark();

    @Message("Log a watch")
    String log_heading();

    @Message("Log “{title}”")
    String log_title(String title);

    @Message("Date watched")
    String watched_date();

    @Message("I had seen it before (a rewatch)")
    String rewatch();

    @Message("Short review (optional, up to {max} characters)")
    String review_optional(int max);

    @Message("Show this entry on my profile")
    String entry_public();

    @Message("Log it")
    String log();

    @Message("A review is at most {max} characters; this one has {length}.")
    String review_too_long(int max, int length);

    @Message("“{value}” is not a date (write it as 2026-11-23).")
    String date_invalid(String value);

    @Message("This film is from {year}: pick a day from then on.")
    String date_before_film(int year);

    @Message("My diary")
    String my_diary();

    @Message("{total.grouped} {#if total == 1}entry{#else}entries{/if}, newest first")
    String diary_count(long total);

    @Message("Your diary is empty: log a film you watched from its page.")
    String diary_empty();

    @Message("your rating {stars} of 5")
    String entry_rating(String stars);

    /** A list row's rating, for screen readers (the row shows "★ 3½"). */
    @Message("rated {stars} of 5")
    String row_rating(String stars);

    @Message("Public")
    String is_public();

    @Message("Private")
    String is_private();

    @Message("Show on my profile")
    String make_public();

    @Message("Hide from my profile")
    String make_private();

    @Message("Delete entry")
    String delete_entry();

    @Message("Diary pages")
    String pages_label();

    @Message("Newer")
    String newer();

    @Message("Older")
    String older();

    @Message("Page {page} of {pages}")
    String page_of(int page, int pages);

    @Message("✓ Watched")
    String watched_mark();

    @Message("your rating {stars}")
    String rated_mark(String stars);

    @Message("Ratings")
    String profile_ratings();

    @Message("Diary")
    String profile_diary();

    @Message("Lists")
    String profile_lists();

    @Message("No public ratings yet.")
    String profile_no_ratings();

    @Message("No public diary entries yet.")
    String profile_no_diary();
}
