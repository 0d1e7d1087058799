package org.kinopanorama.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The save buttons of one page for its reader: their lists, default first, and which of the page's films each
 * holds. A visitor who is not signed in has none ({@link #NONE}) and is offered to sign in instead.
 */
public final class ReaderSaves {

    public static final ReaderSaves NONE = new ReaderSaves(false, List.of(), Map.of());

    /** One of the reader's lists and whether a film is on it. */
    public record Choice(long listId, String name, boolean isDefault, boolean contains) {
    }

    /** One of the reader's lists. */
    public record ReaderList(long id, String name, boolean isDefault) {
    }

    private final boolean signedIn;
    private final List<ReaderList> lists;
    private final Map<Long, Set<Long>> listsHolding;
    private boolean scriptWritten;

    /** @param listsHolding for each film of the page that is on some of the reader's lists, those lists' ids */
    public ReaderSaves(boolean signedIn, List<ReaderList> lists, Map<Long, Set<Long>> listsHolding) {
        this.signedIn = signedIn;
        this.lists = List.copyOf(lists);
        this.listsHolding = Map.copyOf(listsHolding);
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
