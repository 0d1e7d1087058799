package org.kinopanorama.watchlist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kinopanorama.web.Viewer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the catalogue's pages show of the reader's lists, through tag templates ({@code tags/saveFilm.html},
 * {@code tags/curatedProgress.html}) so that the catalogue needs no code of ours:
 * {@code {inject:watchlists.of(filmId)}}. Read once a request, whatever the number of film cards.
 */
@Named("watchlists")
@RequestScoped
public class SaveButtons {

    @Inject
    Viewer viewer;

    @Inject
    WatchlistService service;

    private boolean scriptWritten;
    private List<WatchlistService.ListSummary> lists;
    private Map<Long, Set<Long>> holding;

    public boolean signedIn() {
        return viewer.signedIn();
    }

    /** True the first time a page asks: the save buttons' script is written once, however many buttons. */
    public boolean scriptOnce() {
        boolean first = !scriptWritten;
        scriptWritten = true;
        return first;
    }

    /** The reader's lists, default first, each saying whether the film is on it; empty for a visitor. */
    public List<WatchlistService.Membership> of(long filmId) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        load();
        Set<Long> on = holding.getOrDefault(filmId, Set.of());
        return lists.stream().map(l -> new WatchlistService.Membership(l.id(), l.name(), l.isDefault(), on.contains(l.id()))).toList();
    }

    /** The reader's default list with the film's membership, for compact cards. */
    public WatchlistService.Membership primary(long filmId) {
        List<WatchlistService.Membership> all = of(filmId);
        return all.isEmpty() ? null : all.get(0);
    }

    /** "You have watched 4 of 10" on a curated list; null for a visitor. */
    public WatchlistService.CuratedProgress curated(String slug) {
        return viewer.signedIn() ? service.curatedProgress(viewer.name(), slug) : null;
    }

    private void load() {
        if (lists == null) {
            lists = service.listsOf(viewer.name());
            holding = service.listsHoldingFilms(viewer.name());
        }
    }
}
