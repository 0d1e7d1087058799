package org.kinopanorama.catalog.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels of the curators' pages about film identity (merging, undoing, probable duplicates), in English;
 * {@code messages/idn_ru.properties} has them in Russian. A bundle of its own: the main one is at the size
 * where Quarkus generates a class that fails bytecode verification.
 */
@MessageBundle(value = "idn", locale = "en")
public interface IdentityMessages {

    @Message("Merge into another film")
    String merge_into();

    @Message("Merge “{title}” into another film")
    String picker_title(String title);

    @Message("Find the film it is: any of its titles, in either script.")
    String picker_lede();

    @Message("Title")
    String picker_query();

    @Message("Find")
    String picker_find();

    @Message("No film of the catalogue has such a title.")
    String picker_none();

    @Message("See what moves")
    String picker_preview();

    @Message("Merge “{gone}” into “{kept}”?")
    String preview_title(String gone, String kept);

    @Message("Everything the first film has moves to the second; its address will lead there. The merge can be undone from the list of merges.")
    String preview_lede();

    @Message("Merged away")
    String preview_gone();

    @Message("Kept")
    String preview_kept();

    @Message("What moves")
    String preview_moves();

    @Message("titles")
    String kind_titles();

    @Message("year and other claims")
    String kind_claims();

    @Message("list entries")
    String kind_list_entries();

    @Message("themes and their evidence")
    String kind_themes();

    @Message("people and studios credited")
    String kind_people();

    @Message("watchlist entries")
    String kind_watchlist_entries();

    @Message("ratings and behaviour signals")
    String kind_ratings();

    @Message("ids and dataset records")
    String kind_ids();

    @Message("genres, tags and topics")
    String kind_genres();

    @Message("other")
    String kind_other();

    @Message("{count} watchlists hold both: one entry stays, at the earlier position, with both notes.")
    String preview_joined(int count);

    @Message("Careful:")
    String preview_careful();

    @Message("a curator said these are not the same film")
    String warn_not_same();

    @Message("both have records of the same dataset (a dataset lists them as two films)")
    String warn_same_dataset();

    @Message("their IMDb or Wikidata ids differ")
    String warn_different_ids();

    @Message("their years are more than one apart")
    String warn_years_apart();

    @Message("Why (kept with the merge)")
    String preview_reason();

    @Message("Merge")
    String preview_confirm();

    @Message("Say why, in a few words.")
    String reason_required();

    @Message("Titles")
    String film_titles();

    @Message("Directed by")
    String film_directors();

    @Message("Sources")
    String film_sources();

    @Message("Merges")
    String merges_title();

    @Message("Every merge of two films, by a curator or an import, newest first. Undo puts the film merged away back as it was, and remembers that the two are not the same film.")
    String merges_lede();

    @Message("No merges yet.")
    String merges_none();

    @Message("automatically")
    String merges_automatic();

    @Message("Undo")
    String merges_undo();

    @Message("undone by {who}")
    String merges_undone(String who);

    @Message("into")
    String merges_into();

    @Message("The merge was undone: both films are back.")
    String undone();

    @Message("This merge was undone before.")
    String already_undone();

    @Message("The film kept was merged into another since: undo that merge first.")
    String kept_gone();

    @Message("Not the same film")
    String not_same();

    @Message("Pairs said not to be the same film")
    String marks_title();

    @Message("None.")
    String marks_none();

    @Message("Take back")
    String marks_forget();

    @Message("Probable duplicates")
    String duplicates_title();

    @Message("Pairs of films that are probably one, with what speaks for it. Merge goes to the preview; “Not the same film” is remembered and the pair is not proposed again.")
    String duplicates_lede();

    @Message("No probable duplicates.")
    String duplicates_none();

    @Message("score {score}")
    String duplicates_score(String score);

    @Message("Merge…")
    String duplicates_merge();
}
