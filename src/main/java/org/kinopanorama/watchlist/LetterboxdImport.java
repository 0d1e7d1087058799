package org.kinopanorama.watchlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.kinopanorama.account.Account;
import org.kinopanorama.catalog.identity.FilmLookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Letterboxd files in: read, matched to films by title and year (the catalogue's one lookup,
 * {@link FilmLookup}: the title matcher's keys, a year one apart from any source's claim accepted), reported, and only
 * then saved. The file waits in {@code watchlist_import} under a random key between the report and the
 * confirmation, so any instance can confirm it. Saving is one transaction and adds only films not already
 * on the list: the same file twice adds nothing.
 */
@ApplicationScoped
@Transactional
public class LetterboxdImport {

    @Inject
    EntityManager em;

    @Inject
    WatchlistService watchlists;

    @Inject
    LetterboxdMatcher matcher;

    /** What a row became: a film of the catalogue (filmId) or nothing (unmatched). */
    public record RowOutcome(int line, String name, Integer year, Long filmId, String filmTitle, Integer filmYear,
                             boolean alreadyOnList) {
        public boolean matched() {
            return filmId != null;
        }
    }

    /**
     * The report shown before anything is saved. {@code targetListId} null: a new list named {@code targetName}
     * will be created.
     */
    public record Preview(String id, String fileName, LetterboxdCsv.Kind kind, Long targetListId, String targetName,
                          List<RowOutcome> rows, List<LetterboxdCsv.Problem> problems) {
        public List<RowOutcome> matchedRows() {
            return rows.stream().filter(RowOutcome::matched).toList();
        }

        public List<RowOutcome> unmatchedRows() {
            return rows.stream().filter(r -> !r.matched()).toList();
        }

        public long toAdd() {
            return rows.stream().filter(r -> r.matched() && !r.alreadyOnList()).map(RowOutcome::filmId).distinct().count();
        }

        public boolean createsList() {
            return targetListId == null;
        }
    }

    /** Keeps the file for its owner's confirmation; returns the key of the report. Stale files are dropped. */
    public String stage(String username, String fileName, String content, Long targetListId) {
        LetterboxdCsv.parse(content); // refuses what is not a Letterboxd export before anything is kept
        Account me = watchlists.me(username);
        if (targetListId != null) {
            watchlists.lockOwned(username, targetListId);
        }
        em.createNativeQuery("DELETE FROM watchlist_import WHERE created_at < now() - interval '1 day'").executeUpdate();
        String id = WatchlistService.newSecret();
        em.createNativeQuery("""
                        INSERT INTO watchlist_import (id, owner_id, watchlist_id, file_name, content) VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, id).setParameter(2, me.id).setParameter(3, targetListId)
                .setParameter(4, fileName).setParameter(5, content)
                .executeUpdate();
        return id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(String username, String importId) {
        Pending pending = pending(username, importId);
        LetterboxdCsv.Parsed parsed = LetterboxdCsv.parse(pending.content);
        return preview(username, importId, pending, parsed);
    }

    /** Saves what the report said, in one transaction; returns the list's id. */
    public long confirm(String username, String importId) {
        Pending pending = pending(username, importId);
        LetterboxdCsv.Parsed parsed = LetterboxdCsv.parse(pending.content);
        Preview preview = preview(username, importId, pending, parsed);
        long listId = preview.targetListId() != null ? preview.targetListId()
                : watchlists.create(username, preview.targetName(), parsed.listDescription());
        watchlists.lockOwned(username, listId);
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> films = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < preview.rows().size(); i++) {
            RowOutcome row = preview.rows().get(i);
            if (row.matched() && seen.add(row.filmId())) {
                films.add(row.filmId());
                LetterboxdCsv.Row source = parsed.rows().get(i); // the preview keeps the parsed rows' order
                notes.add(source.note() != null && source.note().length() > 2000 ? source.note().substring(0, 2000) : source.note());
            }
        }
        watchlists.append(listId, films, notes);
        em.createNativeQuery("DELETE FROM watchlist_import WHERE id = ?1").setParameter(1, importId).executeUpdate();
        return listId;
    }

    private Preview preview(String username, String importId, Pending pending, LetterboxdCsv.Parsed parsed) {
        Long targetId = pending.watchlistId;
        String targetName;
        if (targetId != null) {
            targetName = watchlists.readable(username, targetId).name;
        } else if (parsed.kind() == LetterboxdCsv.Kind.LIST && parsed.listName() != null) {
            targetName = parsed.listName().length() > 100 ? parsed.listName().substring(0, 100) : parsed.listName();
            targetId = listNamed(pending.ownerId, targetName);
        } else {
            targetId = defaultList(pending.ownerId);
            targetName = watchlists.readable(username, targetId).name;
        }
        Set<Long> onList = new HashSet<>();
        if (targetId != null) {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("SELECT film_id FROM watchlist_entry WHERE watchlist_id = ?1")
                    .setParameter(1, targetId).getResultList();
            onList.addAll(WatchlistService.ids(ids));
        }
        Map<Integer, Candidate> matches = match(parsed.rows());
        List<RowOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < parsed.rows().size(); i++) {
            LetterboxdCsv.Row row = parsed.rows().get(i);
            Candidate c = matches.get(i);
            outcomes.add(c == null
                    ? new RowOutcome(row.line(), row.name(), row.year(), null, null, null, false)
                    : new RowOutcome(row.line(), row.name(), row.year(), c.filmId, c.title, c.year, onList.contains(c.filmId)));
        }
        return new Preview(importId, pending.fileName, parsed.kind(), targetId, targetName, outcomes, parsed.problems());
    }

    private record Pending(long ownerId, Long watchlistId, String fileName, String content) {
    }

    /** The staged file, only for its owner: anyone else's key is a 404. */
    private Pending pending(String username, String importId) {
        if (importId == null || importId.length() < 22 || importId.length() > 64) {
            throw new NotFoundException();
        }
        List<Row> rows = Row.list(em, """
                        SELECT i.owner_id, i.watchlist_id, i.file_name, i.content FROM watchlist_import i
                        JOIN account a ON a.id = i.owner_id WHERE i.id = ?1 AND a.username = ?2""", importId, username);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Row r = rows.get(0);
        return new Pending(r.longValue("owner_id"), r.longOrNull("watchlist_id"), r.string("file_name"), r.string("content"));
    }

    private Long listNamed(long ownerId, String name) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM watchlist WHERE owner_id = ?1 AND lower(name) = lower(?2) ORDER BY is_default DESC, id LIMIT 1")
                .setParameter(1, ownerId).setParameter(2, name).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    private long defaultList(long ownerId) {
        return ((Number) em.createNativeQuery("SELECT id FROM watchlist WHERE owner_id = ?1 AND is_default")
                .setParameter(1, ownerId).getSingleResult()).longValue();
    }

    private record Candidate(long filmId, String title, Integer year) {
    }

    /** The film each row names, by row index (the first fit, also when others fit as well). */
    private Map<Integer, Candidate> match(List<LetterboxdCsv.Row> rows) {
        Map<Integer, Candidate> best = new HashMap<>();
        matcher.match(rows.stream().map(r -> new LetterboxdMatcher.Wanted(r.name(), r.year(), null)).toList(), null)
                .forEach((index, m) -> best.put(index, new Candidate(m.film().id(), m.film().title(), m.film().year())));
        return best;
    }
}
