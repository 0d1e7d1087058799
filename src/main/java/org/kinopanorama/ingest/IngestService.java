package org.kinopanorama.ingest;

import org.kinopanorama.ingest.document.ParsedDocument;
import org.kinopanorama.ingest.document.ParsedEntry;
import org.kinopanorama.ingest.theme.CentralTheme;
import org.kinopanorama.ingest.theme.ThemeDefinition;
import org.kinopanorama.ingest.theme.ThemeEvidence;
import org.kinopanorama.ingest.theme.ThemeTagger;
import org.kinopanorama.ingest.theme.ThemeVocabulary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.kinopanorama.catalog.CatalogueChanged;
import org.kinopanorama.catalog.CatalogueVersion;
import org.kinopanorama.catalog.CuratedList;
import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.identity.FilmConsolidation;
import org.kinopanorama.catalog.identity.FilmLookup;
import org.kinopanorama.catalog.identity.FilmTitles;
import org.kinopanorama.catalog.ListEntry;
import org.kinopanorama.catalog.RelatedFilmsOwed;
import org.kinopanorama.catalog.identity.ProbableDuplicates;
import org.kinopanorama.catalog.Theme;
import org.kinopanorama.catalog.identity.TitleMatcher;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a parsed curated-list document into the catalogue: the list, one film per film however many lists
 * name it, every title it was given, year claims, themes with their evidence. One document is one
 * transaction: it is all written or, on any failure, nothing is. Ingests are serialised across instances
 * by a PostgreSQL advisory lock, so two documents naming the same new film cannot both create it.
 */
@ApplicationScoped
public class IngestService {

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('kinopanorama.ingest'))";

    @Inject
    EntityManager em;

    @Inject
    ThemeTagger tagger;

    @Inject
    ThemeVocabulary vocabulary;

    @Inject
    Event<CatalogueChanged> catalogueChanged;

    @Inject
    Event<ListIngesting> listIngesting;

    @Inject
    ObjectMapper json;

    /** Everything ingesting would do, without keeping any of it. */
    public IngestReport preview(ParsedDocument document, String actor) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                throw new PreviewDone(apply(document, actor, true));
            });
        } catch (PreviewDone done) {
            return done.report;
        }
        throw new IllegalStateException("unreachable");
    }

    /** Ingests the document in one transaction; the catalogue is told which films changed after the commit. */
    public IngestReport ingest(ParsedDocument document, String actor) {
        IngestReport report = QuarkusTransaction.requiringNew().call(() -> apply(document, actor, false));
        if (report.changed() && !report.touchedFilms().isEmpty()) {
            catalogueChanged.fire(new CatalogueChanged(Set.copyOf(report.touchedFilms()), "list:" + report.listSlug()));
        }
        return report;
    }

    private IngestReport apply(ParsedDocument doc, String actor, boolean preview) {
        em.createNativeQuery(LOCK).getSingleResult();
        Optional<CuratedList> existing = CuratedList.findBySourceName(doc.fileName());
        if (existing.isPresent() && existing.get().checksum.equals(doc.checksum())) {
            return unchanged(doc, existing.get(), preview);
        }
        Optional<CentralTheme> central = tagger.centralTheme(doc.introduction());
        Map<String, Theme> themes = Theme.<Theme>listAll().stream().collect(Collectors.toMap(t -> t.slug, t -> t));

        CuratedList list = existing.orElseGet(CuratedList::new);
        boolean created = existing.isEmpty();
        list.sourceName = doc.fileName();
        list.checksum = doc.checksum();
        list.introduction = doc.introduction();
        list.centralTheme = central.map(c -> themes.get(c.slug())).orElse(null);
        list.centralThemeWords = central.map(CentralTheme::words).orElse(null);
        if (!list.titleEdited) {
            list.title = doc.title() != null ? doc.title()
                    : derivedTitle(central.flatMap(c -> vocabulary.bySlug(c.slug())), doc.fileName(), russian(doc.introduction()));
        }
        if (created) {
            list.slug = uniqueSlug(list.title);
            list.persist();
        } else {
            em.createNativeQuery("UPDATE curated_list SET updated_at = now() WHERE id = ?1").setParameter(1, list.id).executeUpdate();
        }
        em.flush();

        Map<Long, ListEntry> before = new HashMap<>();
        for (ListEntry e : ListEntry.ofList(list.id)) {
            before.put(e.film.id, e);
        }
        // free the positions, so that entries can move without colliding
        em.createNativeQuery("UPDATE list_entry SET position = -position WHERE list_id = ?1").setParameter(1, list.id).executeUpdate();
        em.flush();
        em.clear();
        list = CuratedList.findById(list.id);

        List<String> warnings = new ArrayList<>();
        if (central.isEmpty()) {
            warnings.add(tagger.whyNoCentralTheme(doc.introduction()));
        }
        doc.problems().forEach(p -> warnings.add(p.message()));
        List<IngestReport.EntryOutcome> outcomes = new ArrayList<>();
        Set<Long> filmsOnList = new LinkedHashSet<>();
        Set<Long> filmsCreated = new HashSet<>();
        int filmsMerged = 0;
        int entriesAdded = 0;
        int entriesReworded = 0;
        int position = 0;
        String source = "list:" + list.slug;

        for (ParsedEntry parsed : doc.entries()) {
            List<String> titles = new ArrayList<>();
            titles.add(parsed.title());
            titles.addAll(parsed.alternativeTitles());
            Set<String> keys = TitleMatcher.keys(titles);
            if (keys.isEmpty()) {
                warnings.add("Line " + parsed.line() + ": '" + parsed.heading() + "' has no letters or digits to match; skipped");
                continue;
            }
            Match match = findFilm(titles, parsed.year(), warnings, parsed);
            Film film;
            boolean newFilm;
            if (match == null) {
                film = new Film();
                film.title = parsed.title();
                film.year = parsed.year();
                film.yearEnd = parsed.yearEnd();
                film.persist();
                em.flush();
                filmsCreated.add(film.id);
                newFilm = true;
            } else {
                film = Film.findById(match.filmId);
                newFilm = filmsCreated.contains(film.id);
            }
            if (!filmsOnList.add(film.id)) {
                warnings.add("Line " + parsed.line() + ": '" + parsed.heading() + "' is the same film as an earlier entry of this list ("
                        + film.title + "); kept the first");
                continue;
            }
            if (!newFilm && !before.containsKey(film.id)) {
                filmsMerged++;
            }
            long filmId = film.id;
            em.flush();
            em.unwrap(org.hibernate.Session.class).doWork(c -> FilmTitles.addAll(c, filmId, titles, null, source));
            em.createNativeQuery("""
                            INSERT INTO film_year_claim (film_id, list_id, year, year_end) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT (film_id, list_id) DO UPDATE SET year = excluded.year, year_end = excluded.year_end""")
                    .setParameter(1, film.id).setParameter(2, list.id).setParameter(3, parsed.year())
                    .setParameter(4, parsed.yearEnd()).executeUpdate();

            position++;
            ListEntry entry = before.get(film.id);
            if (entry == null) {
                entry = new ListEntry();
                entry.list = list;
                entry.film = film;
                entriesAdded++;
            } else {
                entry = ListEntry.findById(entry.id);
                if (!Objects.equals(entry.description, parsed.description()) || !Objects.equals(entry.fact, parsed.fact())
                        || !entry.heading.equals(parsed.heading()) || entry.year != parsed.year()) {
                    entriesReworded++;
                }
            }
            entry.position = position;
            entry.write(new ListEntry.Text(parsed.heading(), parsed.year(), parsed.yearEnd(), parsed.description(),
                    parsed.fact(), parsed.descriptionTruncated(), parsed.factTruncated(), parsed.line()));
            entry.persist();
            em.flush();

            if (parsed.factTruncated()) {
                warnings.add("Line " + parsed.line() + ": the fact of '" + parsed.title() + "' seems cut off; kept as written");
            }
            if (parsed.descriptionTruncated()) {
                warnings.add("Line " + parsed.line() + ": the description of '" + parsed.title() + "' seems cut off; kept as written");
            }
            String conflict = yearConflict(film.id, list.id, parsed.year());
            if (conflict != null) {
                warnings.add("Line " + parsed.line() + ": " + film.title + " " + conflict);
            }

            List<ThemeEvidence> evidence = tagger.tag(parsed.description(), parsed.fact(),
                    list.centralTheme == null ? null : list.centralTheme.slug);
            em.createNativeQuery("DELETE FROM film_theme_evidence WHERE entry_id = ?1").setParameter(1, entry.id).executeUpdate();
            List<String> themeLabels = new ArrayList<>();
            for (ThemeEvidence e : evidence) {
                Theme theme = themes.get(e.slug());
                if (theme == null) {
                    continue;
                }
                em.createNativeQuery("""
                                INSERT INTO film_theme_evidence (id, film_id, theme_id, list_id, entry_id, weight, words, negated, origin)
                                VALUES (nextval('film_theme_evidence_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                        .setParameter(1, film.id).setParameter(2, theme.id).setParameter(3, list.id)
                        .setParameter(4, entry.id).setParameter(5, (float) Math.min(1.0, e.weight()))
                        .setParameter(6, e.words() == null || e.words().isBlank() ? "(on the list)" : e.words())
                        .setParameter(7, e.negated()).setParameter(8, e.origin()).executeUpdate();
                themeLabels.add(theme.labelEn + String.format(Locale.ROOT, " %.2f", e.weight()) + (e.negated() ? " (negated)" : ""));
            }
            outcomes.add(new IngestReport.EntryOutcome(position, parsed.line(), parsed.heading(), entry.years(), film.id,
                    film.title, newFilm, match == null ? null : match.describe(), themeLabels, conflict,
                    parsed.descriptionTruncated(), parsed.factTruncated()));
        }

        Set<Long> removed = new HashSet<>(before.keySet());
        removed.removeAll(filmsOnList);
        for (Long filmId : removed) {
            em.createNativeQuery("DELETE FROM list_entry WHERE list_id = ?1 AND film_id = ?2")
                    .setParameter(1, list.id).setParameter(2, filmId).executeUpdate();
            em.createNativeQuery("DELETE FROM film_year_claim WHERE list_id = ?1 AND film_id = ?2")
                    .setParameter(1, list.id).setParameter(2, filmId).executeUpdate();
        }

        Set<Long> touched = new LinkedHashSet<>(filmsOnList);
        touched.addAll(removed);
        recomputeFilmThemes(touched);
        if (!touched.isEmpty()) {
            em.createNativeQuery("UPDATE film SET updated_at = now() WHERE id = ANY(?1)")
                    .setParameter(1, touched.toArray(Long[]::new)).executeUpdate();
        }

        // a film of this list that is, by strong evidence, a film a dataset brought (its director named in the
        // list's text, the year within one, no rival): one film now, undoable from the merges page
        em.flush();
        String origin = "list:" + list.slug;
        List<ProbableDuplicates.Pair> merged = em.unwrap(org.hibernate.Session.class)
                .doReturningWork(c -> ProbableDuplicates.mergeStrong(c, filmsOnList, actor, origin));
        for (ProbableDuplicates.Pair p : merged) {
            touched.remove(p.other());
            warnings.add("Merged automatically: " + p.otherTitle() + (p.otherYear() == null ? "" : " (" + p.otherYear() + ")")
                    + " is " + p.textTitle() + (p.textYear() == null ? "" : " (" + p.textYear() + ")") + " (" + String.join("; ", p.evidence())
                    + "); a curator can undo it from the merges page");
        }

        IngestReport.Outcome outcome = created ? IngestReport.Outcome.CREATED : IngestReport.Outcome.UPDATED;
        IngestReport report = new IngestReport(doc.fileName(), doc.checksum(), outcome, preview, null, list.slug, list.title,
                list.centralTheme == null ? null : list.centralTheme.labelEn, list.centralThemeWords,
                filmsCreated.size(), filmsMerged, entriesAdded, removed.size(), entriesReworded, outcomes, warnings, touched);
        Long runId = recordRun(list, doc, actor, report);
        report = withRunId(report, runId);
        listIngesting.fire(new ListIngesting(list, report));
        em.flush();
        if (!preview) {
            // in this transaction: a crash before the rebuild that follows leaves the rebuild owed, not lost
            Set<Long> owed = touched;
            em.unwrap(Session.class).doWork(c -> {
                RelatedFilmsOwed.record(c, owed);
                CatalogueVersion.bump(c);
            });
        }
        return report;
    }

    /**
     * The film the entry names, by the catalogue's one lookup ({@link FilmLookup}): a title key in common and a
     * year within one of any year a source claims. Other films it could also be are left to the probable
     * duplicates (a warning says which).
     */
    private Match findFilm(List<String> titles, Integer year, List<String> warnings, ParsedEntry parsed) {
        em.flush();
        FilmLookup.Decision d = em.unwrap(org.hibernate.Session.class)
                .doReturningWork(c -> FilmLookup.find(c, null, titles, year, Map.of()));
        if (d.film() == null) {
            return null;
        }
        List<Long> all = new ArrayList<>();
        all.add(d.film());
        all.addAll(d.merge());
        List<Match> found = new ArrayList<>();
        for (Long id : all) {
            Film f = Film.findById(id);
            found.add(new Match(id, f.title, f.year));
        }
        if (found.size() > 1) {
            warnings.add("Line " + parsed.line() + ": '" + parsed.heading() + "' could be several films of the catalogue ("
                    + found.stream().map(Match::describe).collect(Collectors.joining(", ")) + "); took the closest");
        }
        return found.get(0);
    }

    /** "1959 here, 1960 on 'Betrayal in Soviet cinema'", or null when all sources agree. */
    private String yearConflict(long filmId, long listId, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> others = em.createNativeQuery("""
                        SELECT c.year, l.title FROM film_year_claim c JOIN curated_list l ON l.id = c.list_id
                        WHERE c.film_id = ?1 AND c.list_id <> ?2 AND c.year <> ?3 ORDER BY l.title""")
                .setParameter(1, filmId).setParameter(2, listId).setParameter(3, year).getResultList();
        if (others.isEmpty()) {
            return null;
        }
        return "is " + year + " here, " + others.stream().map(r -> r[0] + " on '" + r[1] + "'").collect(Collectors.joining(", "));
    }

    /**
     * A film's themes combine all its evidence (lists and dataset genres), and the title and year it is shown
     * under follow the sources' fixed order of preference: see {@link FilmConsolidation}.
     */
    private void recomputeFilmThemes(Set<Long> filmIds) {
        if (filmIds.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(c -> FilmConsolidation.apply(c, filmIds));
    }

    private Long recordRun(CuratedList list, ParsedDocument doc, String actor, IngestReport report) {
        String body;
        try {
            body = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Object id = em.createNativeQuery("""
                        INSERT INTO ingest_run (id, list_id, source_name, checksum, actor, outcome, report)
                        VALUES (nextval('ingest_run_seq'), ?1, ?2, ?3, ?4, ?5, ?6) RETURNING id""")
                .setParameter(1, list.id).setParameter(2, doc.fileName()).setParameter(3, doc.checksum())
                .setParameter(4, actor).setParameter(5, report.outcome().name().toLowerCase(Locale.ROOT))
                .setParameter(6, body).getSingleResult();
        return ((Number) id).longValue();
    }

    /**
     * A curator's own title for a list; ingesting its document again keeps it.
     *
     * @return false when there is no such list
     */
    @Transactional
    public boolean renameList(String slug, String title) {
        Optional<CuratedList> list = CuratedList.findBySlug(slug);
        list.ifPresent(l -> {
            l.title = title.strip();
            l.titleEdited = true;
            em.flush();
            em.unwrap(Session.class).doWork(CatalogueVersion::bump);
        });
        return list.isPresent();
    }

    /** The report of an earlier ingest, for its report page. */
    public Optional<IngestReport> report(long runId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT report FROM ingest_run WHERE id = ?1").setParameter(1, runId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(withRunId(json.readValue(rows.get(0), IngestReport.class), runId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable report of ingest run " + runId, e);
        }
    }

    private IngestReport unchanged(ParsedDocument doc, CuratedList list, boolean preview) {
        return new IngestReport(doc.fileName(), doc.checksum(), IngestReport.Outcome.UNCHANGED, preview, null, list.slug,
                list.title, list.centralTheme == null ? null : list.centralTheme.labelEn, list.centralThemeWords,
                0, 0, 0, 0, 0, List.of(), List.of("This document was ingested before, exactly as it is now: nothing to change."),
                Set.of());
    }

    private static IngestReport withRunId(IngestReport r, Long runId) {
        return new IngestReport(r.sourceName(), r.checksum(), r.outcome(), r.preview(), runId, r.listSlug(), r.listTitle(),
                r.centralTheme(), r.centralThemeWords(), r.filmsAdded(), r.filmsMerged(), r.entriesAdded(),
                r.entriesRemoved(), r.entriesReworded(), r.entries(), r.warnings(),
                r.touchedFilms() == null ? Set.of() : r.touchedFilms());
    }

    static String derivedTitle(Optional<ThemeDefinition> theme, String fileName) {
        return derivedTitle(theme, fileName, false);
    }

    /** A list named after its theme, in the language of its introduction ("Любовь в советском кино"). */
    static String derivedTitle(Optional<ThemeDefinition> theme, String fileName, boolean russian) {
        if (theme.isPresent()) {
            String label = russian ? theme.get().labelRu() : theme.get().labelEn();
            return Character.toUpperCase(label.charAt(0)) + label.substring(1) + (russian ? " в советском кино" : " in Soviet cinema");
        }
        String base = fileName.replaceAll("\\.[A-Za-z0-9]{1,4}$", "").replaceAll("[_-]+", " ").strip();
        return base.isEmpty() ? "Untitled list" : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    /** Most letters of the text are Cyrillic. */
    static boolean russian(String text) {
        long cyrillic = text.codePoints().filter(c -> c >= 0x0400 && c <= 0x04FF).count();
        long latin = text.codePoints().filter(c -> c < 0x0250 && Character.isLetter(c)).count();
        return cyrillic > latin;
    }

    private String uniqueSlug(String title) {
        String base = Normalizer.normalize(TitleMatcher.normalize(title), Normalizer.Form.NFKD)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "list";
        }
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-$", "");
        }
        String slug = base;
        for (int n = 2; CuratedList.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private record Match(long filmId, String title, Integer year) {
        String describe() {
            return "'" + title + "'" + (year == null ? "" : " (" + year + ")");
        }
    }

    private static final class PreviewDone extends RuntimeException {
        final IngestReport report;

        PreviewDone(IngestReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
