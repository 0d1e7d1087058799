package org.kinopanorama.watchlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;
import org.kinopanorama.catalog.ReaderLists;
import org.kinopanorama.catalog.ReaderSaves;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the catalogue's pages show of the reader's lists, each in one query, for their resources to hand to the
 * templates ({@code tags/saveFilm.html}, {@code tags/curatedProgress.html}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SaveButtons implements ReaderLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    WatchlistService service;

    /**
     * One query: the reader's lists with the page's films each holds, and (the same on every row, computed once) what
     * the reader did with those films: rating, watched day and latest diary entry, as JSON.
     */
    @Override
    public ReaderSaves saves(String username, Collection<Long> filmIds) {
        List<Row> rows = Row.list(em, """
                        WITH me AS (SELECT id FROM account WHERE username = ?1),
                             mine AS (
                                 SELECT CAST(json_agg(json_build_object('film', f.id, 'halfStars', r.half_stars,
                                            'ratingPublic', r.is_public, 'watchedOn', fw.watched_on, 'last',
                                            (SELECT json_build_object('id', d.id, 'watchedOn', d.watched_on, 'rewatch', d.rewatch,
                                                        'review', d.review, 'isPublic', d.is_public)
                                             FROM diary_entry d WHERE d.account_id = me.id AND d.film_id = f.id
                                             ORDER BY d.watched_on DESC, d.id DESC LIMIT 1))) AS text) AS films
                                 FROM me CROSS JOIN unnest(?2) AS f(id)
                                 LEFT JOIN film_rating r ON r.account_id = me.id AND r.film_id = f.id
                                 LEFT JOIN film_watched fw ON fw.account_id = me.id AND fw.film_id = f.id
                                 WHERE r.film_id IS NOT NULL OR fw.film_id IS NOT NULL
                                    OR EXISTS (SELECT 1 FROM diary_entry d WHERE d.account_id = me.id AND d.film_id = f.id))
                        SELECT w.id, w.name, w.is_default, array_remove(array_agg(e.film_id), NULL) AS holding,
                               (SELECT films FROM mine) AS mine
                        FROM watchlist w JOIN me ON me.id = w.owner_id
                        LEFT JOIN watchlist_entry e ON e.watchlist_id = w.id AND e.film_id = ANY(?2)
                        GROUP BY w.id
                        ORDER BY w.is_default DESC, lower(w.name), w.id""", username, filmIds.toArray(Long[]::new));
        List<ReaderSaves.ReaderList> lists = new ArrayList<>(rows.size());
        Map<Long, Set<Long>> holding = new HashMap<>();
        for (Row r : rows) {
            long listId = r.longValue("id");
            lists.add(new ReaderSaves.ReaderList(listId, r.string("name"), r.bool("is_default")));
            for (Object film : (Object[]) r.value("holding")) {
                holding.computeIfAbsent(((Number) film).longValue(), k -> new HashSet<>()).add(listId);
            }
        }
        return new ReaderSaves(true, lists, holding, rows.isEmpty() ? Map.of() : mine(rows.get(0).string("mine")));
    }

    /** What the reader did with each film, from the query's JSON (null: nothing). */
    private static Map<Long, ReaderSaves.Mine> mine(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            Map<Long, ReaderSaves.Mine> mine = new HashMap<>();
            for (MineRow row : JSON.readValue(json, MineRow[].class)) {
                ReaderSaves.LastWatch last = row.last() == null ? null : new ReaderSaves.LastWatch(row.last().id(),
                        LocalDate.parse(row.last().watchedOn()), row.last().rewatch(), row.last().review(), row.last().isPublic());
                mine.put(row.film(), new ReaderSaves.Mine(row.halfStars(), Boolean.TRUE.equals(row.ratingPublic()),
                        row.watchedOn() == null ? null : LocalDate.parse(row.watchedOn()), last));
            }
            return mine;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ratings and diary of a reader", e);
        }
    }

    private record MineRow(long film, Integer halfStars, Boolean ratingPublic, String watchedOn, LastRow last) {
    }

    private record LastRow(long id, String watchedOn, boolean rewatch, String review, boolean isPublic) {
    }

    @Override
    public CuratedProgress progress(String username, String slug) {
        return service.curatedProgress(username, slug);
    }
}
