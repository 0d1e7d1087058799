package org.kinopanorama.watchlist;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import org.kinopanorama.account.Account;
import org.kinopanorama.catalog.CuratedList;
import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.LocalizedTitles;
import org.kinopanorama.catalog.ReaderLists;
import org.kinopanorama.diary.WatchedFilms;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a person does with their lists, one transaction each. Reads that need an owner answer 404
 * for a list that is not the reader's (its existence is not revealed); changes answer 403 for someone
 * else's list and 404 for none. Every change first locks the list's row, so that two tabs' changes to
 * one list happen one after the other (positions stay 1..n, a film is added once).
 */
@ApplicationScoped
@Transactional
public class WatchlistService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    WatchedFilms watchedFilms;

    /** A list as "my lists" and the profile show it. */
    public record ListSummary(long id, String name, String description, boolean isDefault, Visibility visibility,
                              String secret, int films, int watched) {
    }

    /** What a list's page shows; {@code show} is "all", "watched" or "unwatched". */
    public record ListPage(Watchlist list, String ownerName, List<WatchlistEntry> entries, int filmCount, int watchedCount,
                           String show, Map<Long, String> cyrillicTitles) {
        public boolean showing(String filter) {
            return show.equals(filter);
        }

        /** Dragging reorders the whole list, so only where the whole list is shown. */
        public boolean sortable() {
            return showing("all") && filmCount > 1;
        }

        /** The film as the reader sees it: its Cyrillic title for a Russian reader when it has one (as elsewhere). */
        public String titleOf(WatchlistEntry entry) {
            return cyrillicTitles.getOrDefault(entry.film.id, entry.film.title);
        }
    }

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> account(String username) {
        return Account.find("username", username).firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ListSummary> listsOf(String username) {
        return summaries(me(username).id, false);
    }

    /** The public lists of a person, for their profile page; empty when they have none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<ListSummary>> publicListsOf(String username) {
        return account(username).map(a -> summaries(a.id, true));
    }

    private List<ListSummary> summaries(long ownerId, boolean publicOnly) {
        return Row.list(em, """
                        SELECT w.id, w.name, w.description, w.is_default, w.visibility, w.secret,
                               count(e.id) AS films, count(fw.film_id) AS watched
                        FROM watchlist w LEFT JOIN watchlist_entry e ON e.watchlist_id = w.id
                        LEFT JOIN film_watched fw ON fw.account_id = w.owner_id AND fw.film_id = e.film_id
                        WHERE w.owner_id = ?1 AND (NOT ?2 OR w.visibility = 'public')
                        GROUP BY w.id
                        ORDER BY w.is_default DESC, lower(w.name), w.id""", ownerId, publicOnly).stream()
                .map(r -> new ListSummary(r.longValue("id"), r.string("name"), r.string("description"), r.bool("is_default"),
                        Visibility.of(r.string("visibility")), r.string("secret"), r.intValue("films"), r.intValue("watched"))).toList();
    }

    /** The owner's view of a list; 404 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListPage ownersPage(String username, long listId, String show, boolean russian) {
        Watchlist list = readable(username, listId);
        return page(list, show, russian);
    }

    /** The read-only view behind a secret link: 404 unless the list is unlisted or public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListPage sharedPage(String secret, String show, boolean russian) {
        Watchlist list = bySecret(secret).orElseThrow(NotFoundException::new);
        return page(list, show, russian);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Watchlist> bySecret(String secret) {
        if (secret == null || secret.length() < 22 || secret.length() > 64) {
            return Optional.empty();
        }
        Optional<Watchlist> list = Watchlist.find("secret", secret).firstResultOptional();
        return list.filter(l -> l.level().linkOpens());
    }

    private ListPage page(Watchlist list, String show, boolean russian) {
        String filter = "watched".equals(show) || "unwatched".equals(show) ? show : "all";
        List<WatchlistEntry> all = WatchlistEntry.ofList(list.id);
        int watched = (int) all.stream().filter(WatchlistEntry::watched).count();
        List<WatchlistEntry> shown = switch (filter) {
            case "watched" -> all.stream().filter(WatchlistEntry::watched).toList();
            case "unwatched" -> all.stream().filter(e -> !e.watched()).toList();
            default -> all;
        };
        return new ListPage(list, list.owner.username, shown, all.size(), watched, filter,
                LocalizedTitles.forReader(russian ? Locale.forLanguageTag("ru") : Locale.ENGLISH)
                        .cyrillic(em, shown.stream().map(e -> e.film.id).toList()));
    }

    /** The list if the reader owns it; else 404, whether or not it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Watchlist readable(String username, long listId) {
        Watchlist list = Watchlist.findById(listId);
        if (list == null || !list.owner.username.equals(username)) {
            throw new NotFoundException();
        }
        return list;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReaderLists.CuratedProgress curatedProgress(String username, String slug) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT count(DISTINCT le.film_id),
                               count(DISTINCT le.film_id) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM film_watched fw JOIN account a ON a.id = fw.account_id
                                   WHERE fw.film_id = le.film_id AND a.username = ?2))
                        FROM list_entry le JOIN curated_list l ON l.id = le.list_id
                        WHERE l.slug = ?1""")
                .setParameter(1, slug)
                .setParameter(2, username)
                .getSingleResult();
        return new ReaderLists.CuratedProgress(slug, ((Number) row[1]).intValue(), ((Number) row[0]).intValue());
    }

    // ------------------------------------------------------------------ lists

    /** A new list of the person's; returns its id. */
    public long create(String username, String name, String description) {
        return insertList(me(username).id, name, description, null);
    }

    /** A new list made on that day (an export of another site says when); returns its id. */
    public long create(String username, String name, String description, LocalDate createdOn) {
        return insertList(me(username).id, name, description, createdOn);
    }

    private long insertList(long ownerId, String name, String description, LocalDate createdOn) {
        long id = ((Number) em.createNativeQuery("""
                        INSERT INTO watchlist (id, owner_id, name, description, secret, created_at)
                        VALUES (nextval('watchlist_seq'), ?1, ?2, ?3, ?4, coalesce(CAST(?5 AS date)::timestamp AT TIME ZONE 'UTC', now()))
                        RETURNING id""")
                .setParameter(1, ownerId)
                .setParameter(2, name)
                .setParameter(3, description)
                .setParameter(4, newSecret())
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(5, createdOn, org.hibernate.type.StandardBasicTypes.LOCAL_DATE)
                .getSingleResult()).longValue();
        return id;
    }

    public void edit(String username, long listId, String name, String description) {
        Watchlist list = lockOwned(username, listId);
        list.name = name;
        list.description = description;
        list.updatedAt = OffsetDateTime.now();
    }

    public void changeVisibility(String username, long listId, Visibility visibility) {
        Watchlist list = lockOwned(username, listId);
        list.visibility = visibility.value();
        list.updatedAt = OffsetDateTime.now();
    }

    /** A new secret link; the old one stops working at once. */
    public void regenerateSecret(String username, long listId) {
        Watchlist list = lockOwned(username, listId);
        list.secret = newSecret();
        list.updatedAt = OffsetDateTime.now();
    }

    /** Deletes a list and its entries; the default Watchlist stays (409). */
    public void delete(String username, long listId) {
        Watchlist list = lockOwned(username, listId);
        if (list.isDefault) {
            throw new jakarta.ws.rs.ClientErrorException(409);
        }
        list.delete();
    }

    /**
     * A new list of the person's with the curated list's films in its order; returns its id. The copied entries
     * are marked (copied_from_list): a copy of a list is not evidence of films saved together.
     */
    public long saveCurated(String username, String slug) {
        CuratedList curated = CuratedList.<CuratedList>find("slug", slug).firstResultOptional().orElseThrow(NotFoundException::new);
        long id = insertList(me(username).id, curated.title, null, null);
        em.createNativeQuery("""
                        INSERT INTO watchlist_entry (id, watchlist_id, film_id, position, copied_from_list)
                        SELECT nextval('watchlist_entry_seq'), ?1, le.film_id, row_number() OVER (ORDER BY le.position, le.id), ?2
                        FROM list_entry le WHERE le.list_id = ?2
                        ON CONFLICT (watchlist_id, film_id) DO NOTHING""")
                .setParameter(1, id)
                .setParameter(2, curated.id)
                .executeUpdate();
        return id;
    }

    // ------------------------------------------------------------------ entries

    /** Adds the film at the end; false when it was already there (a second tab's add changes nothing). */
    public boolean add(String username, long listId, long filmId) {
        Watchlist list = lockOwned(username, listId);
        requireFilm(filmId);
        int added = em.createNativeQuery("""
                        INSERT INTO watchlist_entry (id, watchlist_id, film_id, position)
                        SELECT nextval('watchlist_entry_seq'), ?1, ?2, coalesce(max(position), 0) + 1
                        FROM watchlist_entry WHERE watchlist_id = ?1
                        ON CONFLICT (watchlist_id, film_id) DO NOTHING""")
                .setParameter(1, listId)
                .setParameter(2, filmId)
                .executeUpdate();
        touch(list);
        return added > 0;
    }

    public boolean remove(String username, long listId, long filmId) {
        Watchlist list = lockOwned(username, listId);
        int removed = em.createNativeQuery("DELETE FROM watchlist_entry WHERE watchlist_id = ?1 AND film_id = ?2")
                .setParameter(1, listId)
                .setParameter(2, filmId)
                .executeUpdate();
        renumber(listId);
        touch(list);
        return removed > 0;
    }

    /** Moves the film to a position (1 = first; beyond the end = last). */
    public void move(String username, long listId, long filmId, int position) {
        Watchlist list = lockOwned(username, listId);
        renumber(listId);
        int current = entry(listId, filmId);
        int count = ((Number) em.createNativeQuery("SELECT count(*) FROM watchlist_entry WHERE watchlist_id = ?1")
                .setParameter(1, listId).getSingleResult()).intValue();
        int target = Math.max(1, Math.min(count, position));
        if (target == current) {
            return;
        }
        if (target < current) {
            em.createNativeQuery("UPDATE watchlist_entry SET position = position + 1 WHERE watchlist_id = ?1 AND position >= ?2 AND position < ?3")
                    .setParameter(1, listId).setParameter(2, target).setParameter(3, current).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE watchlist_entry SET position = position - 1 WHERE watchlist_id = ?1 AND position > ?2 AND position <= ?3")
                    .setParameter(1, listId).setParameter(2, current).setParameter(3, target).executeUpdate();
        }
        em.createNativeQuery("UPDATE watchlist_entry SET position = ?3 WHERE watchlist_id = ?1 AND film_id = ?2")
                .setParameter(1, listId).setParameter(2, filmId).setParameter(3, target).executeUpdate();
        touch(list);
    }

    /** Moves the film one place up (-1) or down (+1). */
    public void step(String username, long listId, long filmId, int delta) {
        lockOwned(username, listId);
        renumber(listId);
        move(username, listId, filmId, entry(listId, filmId) + delta);
    }

    /**
     * Puts the list in the given order (film ids, first to last), all at once: 400 unless the ids are exactly the
     * list's films, each once (a page drawn before another tab added or removed a film included), and nothing
     * changes then.
     */
    public void reorder(String username, long listId, List<Long> filmIds) {
        Watchlist list = lockOwned(username, listId);
        @SuppressWarnings("unchecked")
        List<Number> onList = em.createNativeQuery("SELECT film_id FROM watchlist_entry WHERE watchlist_id = ?1")
                .setParameter(1, listId).getResultList();
        if (!isPermutation(filmIds, onList.stream().map(Number::longValue).toList())) {
            throw new BadRequestException("not an order of this list's films");
        }
        em.createNativeQuery("""
                        UPDATE watchlist_entry e SET position = o.n
                        FROM unnest(?2) WITH ORDINALITY AS o(film_id, n)
                        WHERE e.watchlist_id = ?1 AND e.film_id = o.film_id AND e.position <> o.n""")
                .setParameter(1, listId)
                .setParameter(2, filmIds.toArray(Long[]::new))
                .executeUpdate();
        touch(list);
    }

    /** True when {@code order} holds every id of {@code films} once and nothing else. */
    static boolean isPermutation(List<Long> order, List<Long> films) {
        if (order.size() != films.size()) {
            return false;
        }
        Set<Long> seen = new HashSet<>(order);
        return seen.size() == order.size() && seen.containsAll(films);
    }

    public void note(String username, long listId, long filmId, String note) {
        Watchlist list = lockOwned(username, listId);
        entry(listId, filmId);
        em.createNativeQuery("UPDATE watchlist_entry SET note = ?3 WHERE watchlist_id = ?1 AND film_id = ?2")
                .setParameter(1, listId).setParameter(2, filmId).setParameter(3, note).executeUpdate();
        touch(list);
    }

    /**
     * Marks the film watched on that day, or not watched (null): the person's fact, so every list of theirs, their
     * curated-list progress and their suggestions see it (their diary entries stay).
     */
    public void watched(String username, long listId, long filmId, LocalDate on) {
        Watchlist list = lockOwned(username, listId);
        entry(listId, filmId);
        if (on == null) {
            watchedFilms.forget(list.owner.id, filmId);
        } else {
            watchedFilms.mark(list.owner.id, filmId, on);
        }
        touch(list);
    }

    // ------------------------------------------------------------------ "not interested"

    public void dismiss(String username, long filmId) {
        requireFilm(filmId);
        em.createNativeQuery("INSERT INTO suggestion_dismissal (account_id, film_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, me(username).id).setParameter(2, filmId).executeUpdate();
    }

    public void undismiss(String username, long filmId) {
        em.createNativeQuery("DELETE FROM suggestion_dismissal WHERE account_id = ?1 AND film_id = ?2")
                .setParameter(1, me(username).id).setParameter(2, filmId).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Film> dismissed(String username) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT film_id FROM suggestion_dismissal WHERE account_id = ?1")
                .setParameter(1, me(username).id).getResultList();
        return ids.isEmpty() ? List.of() : Film.list("id in ?1 order by title", ids(ids));
    }

    // ------------------------------------------------------------------ helpers

    /** For a refused change: 404 when there is no such list, 403 when it is someone else's. */
    public void requireOwner(String username, long listId) {
        lockOwned(username, listId);
    }

    /** Locks the list's row for this transaction: 404 when there is none, 403 when it is someone else's. */
    public Watchlist lockOwned(String username, long listId) {
        @SuppressWarnings("unchecked")
        List<String> owner = em.createNativeQuery("""
                        SELECT a.username FROM watchlist w JOIN account a ON a.id = w.owner_id
                        WHERE w.id = ?1 FOR UPDATE OF w""")
                .setParameter(1, listId)
                .getResultList();
        if (owner.isEmpty()) {
            throw new NotFoundException();
        }
        if (!owner.get(0).equals(username)) {
            throw new ForbiddenException("not the owner of list " + listId);
        }
        Watchlist list = Watchlist.findById(listId);
        em.refresh(list);
        return list;
    }

    public Account me(String username) {
        return account(username).orElseThrow(() -> new io.quarkus.security.UnauthorizedException("the account is gone"));
    }

    private void requireFilm(long filmId) {
        if (Film.findById(filmId) == null) {
            throw new NotFoundException();
        }
    }

    /** The film's position on the list; 404 when it is not on it. */
    private int entry(long listId, long filmId) {
        @SuppressWarnings("unchecked")
        List<Number> position = em.createNativeQuery("SELECT position FROM watchlist_entry WHERE watchlist_id = ?1 AND film_id = ?2")
                .setParameter(1, listId).setParameter(2, filmId).getResultList();
        if (position.isEmpty()) {
            throw new NotFoundException();
        }
        return position.get(0).intValue();
    }

    /**
     * Films added at the end of a list (locked by the caller) in the order given, each with its note (or null); a film
     * already on the list stays where it is, as it is.
     */
    public void append(long listId, List<Long> films, List<String> notes) {
        append(listId, films, notes, java.util.Collections.nCopies(films.size(), null));
    }

    /** {@link #append}, each film added on its day ({@code added}: null for now), as an export of another site says. */
    public void append(long listId, List<Long> films, List<String> notes, List<LocalDate> added) {
        if (films.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO watchlist_entry (id, watchlist_id, film_id, position, note, added_at)
                        SELECT nextval('watchlist_entry_seq'), ?1, r.film_id,
                               (SELECT coalesce(max(position), 0) FROM watchlist_entry WHERE watchlist_id = ?1) + r.n, r.note,
                               coalesce(r.added::timestamp AT TIME ZONE 'UTC', now())
                        FROM unnest(CAST(?2 AS bigint[]), CAST(?3 AS text[]), CAST(?4 AS date[])) WITH ORDINALITY AS r(film_id, note, added, n)
                        ORDER BY r.n
                        ON CONFLICT (watchlist_id, film_id) DO NOTHING""")
                .setParameter(1, listId)
                .setParameter(2, films.toArray(Long[]::new))
                .setParameter(3, notes.toArray(String[]::new))
                .setParameter(4, added.toArray(LocalDate[]::new))
                .executeUpdate();
        renumber(listId);
    }

    /** Positions 1..n in the current order. */
    void renumber(long listId) {
        em.createNativeQuery("""
                        UPDATE watchlist_entry e SET position = r.n
                        FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS n FROM watchlist_entry WHERE watchlist_id = ?1) r
                        WHERE e.id = r.id AND e.position <> r.n""")
                .setParameter(1, listId).executeUpdate();
    }

    private void touch(Watchlist list) {
        list.updatedAt = OffsetDateTime.now();
    }

    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static List<Long> ids(List<Object> rows) {
        List<Long> out = new ArrayList<>();
        rows.forEach(r -> out.add(((Number) r).longValue()));
        return out;
    }
}
