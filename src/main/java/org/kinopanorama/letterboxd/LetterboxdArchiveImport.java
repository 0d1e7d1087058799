package org.kinopanorama.letterboxd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.kinopanorama.diary.DiaryService;
import org.kinopanorama.diary.WatchedFilms;
import org.kinopanorama.letterboxd.LetterboxdArchive.Contents;
import org.kinopanorama.letterboxd.LetterboxdArchive.Entry;
import org.kinopanorama.watchlist.LetterboxdMatcher;
import org.kinopanorama.watchlist.WatchlistService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole Letterboxd export archive in: read (within the configured limits), matched to films, reported once for all
 * its files, and saved only when its owner confirms. The archive waits in {@code letterboxd_archive_import} under a
 * random key between the report and the confirmation (any instance can confirm it; only its owner can see or confirm
 * it: anyone else's key is a 404). Saving is one transaction through the diary's and the lists' services: ratings,
 * diary (with reviews), watched films, the Watchlist and one list a file of {@code lists/}. The same archive twice adds
 * nothing.
 */
@ApplicationScoped
@Transactional
public class LetterboxdArchiveImport {

    /** How long a list's name and a list's or film's note may be (as the lists' own forms allow). */
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;

    @Inject
    EntityManager em;

    @Inject
    LetterboxdMatcher matcher;

    @Inject
    DiaryService diary;

    @Inject
    WatchedFilms watchedFilms;

    @Inject
    WatchlistService watchlists;

    @Inject
    LetterboxdConfig config;

    /** What a row became. */
    public enum Outcome { MATCHED, AMBIGUOUS, UNMATCHED }

    /** One row as the report shows it; {@code rivals}: the films that fit as well, for an ambiguous row. */
    public record RowReport(int line, String name, Integer year, Outcome outcome, LetterboxdMatcher.Film film,
                            List<LetterboxdMatcher.Film> rivals, boolean rewatch, boolean reviewed) {
        public boolean matched() {
            return outcome == Outcome.MATCHED;
        }

        public boolean ambiguous() {
            return outcome == Outcome.AMBIGUOUS;
        }

        public boolean unmatched() {
            return outcome == Outcome.UNMATCHED;
        }

        /** The films an ambiguous row fits, as "Title (year), Title (year)". */
        public String rivalNames() {
            return String.join(", ", rivals.stream().map(f -> f.title() + (f.year() == null ? "" : " (" + f.year() + ")")).toList());
        }
    }

    /** One file of the archive: its rows, and the rows left out with why. {@code listName} for a file of lists/. */
    public record FileReport(String file, String listName, List<RowReport> rows, List<LetterboxdArchive.Problem> problems) {
        public List<RowReport> matched() {
            return rows.stream().filter(RowReport::matched).toList();
        }

        public List<RowReport> ambiguous() {
            return rows.stream().filter(RowReport::ambiguous).toList();
        }

        public List<RowReport> unmatched() {
            return rows.stream().filter(RowReport::unmatched).toList();
        }
    }

    /** The one report of a whole archive. */
    public record Report(String id, String fileName, List<FileReport> files, List<String> ignored) {
        public int rows() {
            return files.stream().mapToInt(f -> f.rows().size()).sum();
        }

        public int matched() {
            return files.stream().mapToInt(f -> f.matched().size()).sum();
        }

        public int ambiguous() {
            return files.stream().mapToInt(f -> f.ambiguous().size()).sum();
        }

        public int unmatched() {
            return files.stream().mapToInt(f -> f.unmatched().size()).sum();
        }

        public String ignoredNames() {
            return String.join(", ", ignored);
        }
    }

    /** The limits an upload is read with. */
    public LetterboxdArchive.Limits limits() {
        return new LetterboxdArchive.Limits(config.maxEntries(), config.maxUncompressedBytes(), config.maxRows());
    }

    /**
     * Reads the archive (refusing what is not one: {@link LetterboxdArchive.Refused}) and keeps it for its owner's
     * confirmation; returns the report's key. Stale archives, anyone's, are dropped.
     */
    public String stage(String username, String fileName, byte[] zip) {
        LetterboxdArchive.read(zip, limits());
        long owner = watchlists.me(username).id;
        em.createNativeQuery("DELETE FROM letterboxd_archive_import WHERE created_at < now() - interval '1 day'").executeUpdate();
        String id = WatchlistService.newSecret();
        em.createNativeQuery("INSERT INTO letterboxd_archive_import (id, owner_id, file_name, archive) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, owner).setParameter(3, fileName).setParameter(4, zip)
                .executeUpdate();
        return id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(String username, String key, String origin) {
        Staged staged = staged(username, key);
        Map<Entry, LetterboxdMatcher.Match> matches = matches(staged.contents(), origin);
        Map<String, List<RowReport>> rows = new LinkedHashMap<>();
        Map<String, List<LetterboxdArchive.Problem>> problems = new LinkedHashMap<>();
        Map<String, String> listNames = new LinkedHashMap<>();
        for (String file : LetterboxdArchive.FILES) {
            rows.put(file, new ArrayList<>());
        }
        staged.contents().lists().forEach(l -> {
            rows.put(l.file(), new ArrayList<>());
            listNames.put(l.file(), l.name());
        });
        for (Entry e : staged.contents().all()) {
            LetterboxdMatcher.Match m = matches.get(e);
            Outcome outcome = m == null ? Outcome.UNMATCHED : m.ambiguous() ? Outcome.AMBIGUOUS : Outcome.MATCHED;
            List<LetterboxdMatcher.Film> rivals = new ArrayList<>();
            if (m != null && m.ambiguous()) {
                rivals.add(m.film());
                rivals.addAll(m.rivals());
            }
            rows.get(e.file()).add(new RowReport(e.line(), e.name(), e.year(), outcome, m == null ? null : m.film(),
                    rivals, e.rewatch(), e.review() != null));
        }
        staged.contents().problems().forEach(p -> problems.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        List<FileReport> files = new ArrayList<>();
        rows.forEach((file, r) -> {
            List<LetterboxdArchive.Problem> left = problems.getOrDefault(file, List.of());
            if (!r.isEmpty() || !left.isEmpty() || staged.present().contains(file)) {
                files.add(new FileReport(file, listNames.get(file), r, left));
            }
        });
        return new Report(key, staged.fileName(), files, staged.contents().ignored());
    }

    /** Saves what the report said, in this one transaction; the staged archive is gone afterwards. */
    public void confirm(String username, String key, String origin) {
        Staged staged = staged(username, key);
        Contents contents = staged.contents();
        Map<Entry, LetterboxdMatcher.Match> matches = matches(contents, origin);
        LocalDate today = LocalDate.now();

        List<DiaryService.ImportedRating> ratings = new ArrayList<>();
        for (Entry e : contents.ratings()) {
            Long film = film(matches, e);
            if (film != null) {
                ratings.add(new DiaryService.ImportedRating(film, e.halfStars(), e.date() != null ? e.date() : today));
            }
        }
        List<DiaryService.ImportedWatch> watches = new ArrayList<>();
        for (Entry e : contents.diary()) {
            Long film = film(matches, e);
            if (film != null) {
                String review = e.review() == null ? null
                        : e.review().length() > DiaryService.REVIEW_MAX ? e.review().substring(0, DiaryService.REVIEW_MAX) : e.review();
                watches.add(new DiaryService.ImportedWatch(film, LetterboxdArchive.day(e), e.rewatch(), review, e.date()));
            }
        }
        diary.importActivity(staged.ownerId(), ratings, watches);

        Map<Long, LocalDate> watched = new LinkedHashMap<>();
        for (Entry e : contents.watched()) {
            Long film = film(matches, e);
            if (film != null) {
                watched.merge(film, e.date() != null ? e.date() : today, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        watchedFilms.markAll(staged.ownerId(), watched);

        if (!contents.watchlist().isEmpty()) {
            long list = ((Number) em.createNativeQuery("SELECT id FROM watchlist WHERE owner_id = ?1 AND is_default")
                    .setParameter(1, staged.ownerId()).getSingleResult()).longValue();
            append(username, list, contents.watchlist(), matches);
        }
        for (LetterboxdArchive.ListFile file : contents.lists()) {
            String name = file.name().strip().replaceAll("\\s+", " ");
            name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
            @SuppressWarnings("unchecked")
            List<Number> existing = em.createNativeQuery("""
                            SELECT id FROM watchlist WHERE owner_id = ?1 AND NOT is_default AND lower(name) = lower(?2)
                            ORDER BY id LIMIT 1""")
                    .setParameter(1, staged.ownerId()).setParameter(2, name).getResultList();
            long list = existing.isEmpty()
                    ? watchlists.create(username, name.isBlank() ? file.file() : name, clip(file.description()), file.created())
                    : existing.get(0).longValue();
            append(username, list, file.entries(), matches);
        }
        em.createNativeQuery("DELETE FROM letterboxd_archive_import WHERE id = ?1").setParameter(1, key).executeUpdate();
    }

    /** The rows' films at the end of the list, in the rows' order, with their notes and days; each film once. */
    private void append(String username, long list, List<Entry> entries, Map<Entry, LetterboxdMatcher.Match> matches) {
        watchlists.lockOwned(username, list);
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> films = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<LocalDate> added = new ArrayList<>();
        for (Entry e : entries) {
            Long film = film(matches, e);
            if (film != null && seen.add(film)) {
                films.add(film);
                notes.add(clip(e.note()));
                added.add(e.date());
            }
        }
        watchlists.append(list, films, notes, added);
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    /** The row's film when it is one beyond doubt; an ambiguous row is left out, as the report says. */
    private static Long film(Map<Entry, LetterboxdMatcher.Match> matches, Entry e) {
        LetterboxdMatcher.Match m = matches.get(e);
        return m == null || m.ambiguous() ? null : m.film().id();
    }

    private Map<Entry, LetterboxdMatcher.Match> matches(Contents contents, String origin) {
        List<Entry> all = contents.all();
        Map<Integer, LetterboxdMatcher.Match> byIndex = matcher.match(
                all.stream().map(e -> new LetterboxdMatcher.Wanted(e.name(), e.year(), e.uri())).toList(), origin);
        Map<Entry, LetterboxdMatcher.Match> out = new IdentityHashMap<>();
        byIndex.forEach((i, m) -> out.put(all.get(i), m));
        return out;
    }

    private record Staged(long ownerId, String fileName, Contents contents, Set<String> present) {
    }

    /** The staged archive, read again, only for its owner: anyone else's key is a 404. */
    private Staged staged(String username, String key) {
        if (key == null || key.length() < 22 || key.length() > 64) {
            throw new NotFoundException();
        }
        List<Row> rows = Row.list(em, """
                        SELECT i.owner_id, i.file_name, i.archive FROM letterboxd_archive_import i
                        JOIN account a ON a.id = i.owner_id WHERE i.id = ?1 AND a.username = ?2""", key, username);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Row r = rows.get(0);
        LetterboxdArchive.Files files = LetterboxdArchive.files((byte[]) r.value("archive"), limits());
        return new Staged(r.longValue("owner_id"), r.string("file_name"), LetterboxdArchive.parse(files, limits()),
                files.texts().keySet());
    }
}
