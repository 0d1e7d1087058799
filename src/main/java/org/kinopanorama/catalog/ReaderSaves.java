package org.kinopanorama.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The save buttons of one page for its reader: their lists, default first, and which of the page's films each
 * holds; and what the reader did with those films (rating, watched, last diary entry), read in the same query. A
 * visitor who is not signed in has none ({@link #NONE}) and is offered to sign in instead.
 */
public final class ReaderSaves {

    public static final ReaderSaves NONE = new ReaderSaves(false, List.of(), Map.of());

    /** One of the reader's lists and whether a film is on it. */
    public record Choice(long listId, String name, boolean isDefault, boolean contains) {
    }

    /** One of the reader's lists. */
    public record ReaderList(long id, String name, boolean isDefault) {
    }

    /**
     * What the reader did with a film: their rating in half stars (1..10, null for none), whether it is on their
     * profile, the day they last watched it (null: not watched) and their latest diary entry of it (null: none).
     */
    public record Mine(Integer halfStars, boolean ratingPublic, LocalDate watchedOn, LastWatch lastWatch) {

        static final Mine NOTHING = new Mine(null, false, null, null);

        public boolean rated() {
            return halfStars != null;
        }

        public boolean watched() {
            return watchedOn != null;
        }

        /** Whether the rating is this many half stars (a radio button's {@code checked}). */
        public boolean ratedAt(int half) {
            return halfStars != null && halfStars == half;
        }
    }

    /** The reader's latest diary entry of a film. */
    public record LastWatch(long id, LocalDate watchedOn, boolean rewatch, String review, boolean isPublic) {
    }

    private final boolean signedIn;
    private final List<ReaderList> lists;
    private final Map<Long, Set<Long>> listsHolding;
    private final Map<Long, Mine> mine;
    private boolean scriptWritten;

    /** @param listsHolding for each film of the page that is on some of the reader's lists, those lists' ids */
    public ReaderSaves(boolean signedIn, List<ReaderList> lists, Map<Long, Set<Long>> listsHolding) {
        this(signedIn, lists, listsHolding, Map.of());
    }

    /** @param mine for each film of the page the reader rated or watched, what they did */
    public ReaderSaves(boolean signedIn, List<ReaderList> lists, Map<Long, Set<Long>> listsHolding, Map<Long, Mine> mine) {
        this.signedIn = signedIn;
        this.lists = List.copyOf(lists);
        this.listsHolding = Map.copyOf(listsHolding);
        this.mine = Map.copyOf(mine);
    }

    /** The reader's rating, watched day and last diary entry of a film (nothing of each for a visitor). */
    public Mine mine(long filmId) {
        return mine.getOrDefault(filmId, Mine.NOTHING);
    }

    public boolean signedIn() {
        return signedIn;
    }

    /** The reader's lists, default first, each saying whether the film is on it; empty for a visitor. */
    public List<Choice> of(long filmId) {
        Set<Long> on = listsHolding.getOrDefault(filmId, Set.of());
        return lists.stream().map(l -> new Choice(l.id(), l.name(), l.isDefault(), on.contains(l.id()))).toList();
    }

    /** The reader's default list with the film's membership, for compact cards; null for a visitor. */
    public Choice primary(long filmId) {
        List<Choice> all = of(filmId);
        return all.isEmpty() ? null : all.get(0);
    }

    /** True the first time a page asks: the save buttons' script is written once, however many buttons. */
    public boolean scriptOnce() {
        boolean first = !scriptWritten;
        scriptWritten = true;
        return first;
    }
}
