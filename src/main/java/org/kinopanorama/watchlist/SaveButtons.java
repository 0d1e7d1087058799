package org.kinopanorama.watchlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.kinopanorama.catalog.ReaderLists;
import org.kinopanorama.catalog.ReaderSaves;

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

    @Inject
    EntityManager em;

    @Inject
    WatchlistService service;

    @Override
    public ReaderSaves saves(String username, Collection<Long> filmIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT w.id, w.name, w.is_default, array_remove(array_agg(e.film_id), NULL)
                        FROM watchlist w JOIN account a ON a.id = w.owner_id
                        LEFT JOIN watchlist_entry e ON e.watchlist_id = w.id AND e.film_id = ANY(?2)
                        WHERE a.username = ?1
                        GROUP BY w.id
                        ORDER BY w.is_default DESC, lower(w.name), w.id""")
                .setParameter(1, username)
                .setParameter(2, filmIds.toArray(Long[]::new))
                .getResultList();
        List<ReaderSaves.ReaderList> lists = new ArrayList<>(rows.size());
        Map<Long, Set<Long>> holding = new HashMap<>();
        for (Object[] r : rows) {
            long listId = ((Number) r[0]).longValue();
            lists.add(new ReaderSaves.ReaderList(listId, (String) r[1], (Boolean) r[2]));
            for (Object film : (Object[]) r[3]) {
                holding.computeIfAbsent(((Number) film).longValue(), k -> new HashSet<>()).add(listId);
            }
        }
        return new ReaderSaves(true, lists, holding);
    }

    @Override
    public CuratedProgress progress(String username, String slug) {
        return service.curatedProgress(username, slug);
    }
}
