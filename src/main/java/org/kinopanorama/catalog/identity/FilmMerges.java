package org.kinopanorama.catalog.identity;

import org.kinopanorama.catalog.CatalogueChanged;
import org.kinopanorama.catalog.CatalogueVersion;
import org.kinopanorama.catalog.RelatedFilmsOwed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.hibernate.Session;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Curators merging two films that are one, and undoing merges (their own or the imports'), through
 * {@link FilmMerger}; and "not the same film" marks. Each change is one transaction; related films are
 * rebuilt around the films it touched ({@link CatalogueChanged}) after it commits.
 */
@ApplicationScoped
public class FilmMerges {

    public static final int MAX_REASON = 2000;

    @Inject
    EntityManager em;

    @Inject
    Event<CatalogueChanged> catalogueChanged;

    /** A film as the merge pages show it. */
    public record FilmSummary(long id, String title, Integer year, List<String> titles, List<String> directors,
                              List<String> sources, List<String> lists) {
    }

    /** What merging {@code gone} into {@code kept} would do, and what speaks against it. */
    public record Preview(FilmSummary gone, FilmSummary kept, FilmMerger.Moves moves, List<String> warnings) {
        public List<FilmSummary> films() {
            return List.of(gone, kept);
        }

        public int count(String kind) {
            return moves.counts().getOrDefault(kind, 0);
        }
    }

    /** A merge as the merges page lists it. */
    public record MergeRecord(long id, long keptId, String keptTitle, Integer keptYear, long goneId, String goneTitle,
                              Integer goneYear, String actor, String origin, boolean automatic, String reason, String moved,
                              OffsetDateTime at, OffsetDateTime undoneAt, String undoneBy) {
        public boolean undone() {
            return undoneAt != null;
        }
    }

    public record Mark(long filmA, String titleA, long filmB, String titleB, String actor, String reason, OffsetDateTime at) {
    }

    public Optional<FilmSummary> film(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> summary(id));
    }

    /** Films a title search finds (any title, either script), the film itself left out. At most 20. */
    @SuppressWarnings("unchecked")
    public List<FilmSummary> candidates(long filmId, String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        String key = TitleMatcher.normalize(q);
        if (key.isEmpty()) {
            return List.of();
        }
        String finalKey = key;
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Object> ids = em.createNativeQuery("""
                            SELECT t.film_id FROM film_title t
                            WHERE t.film_id <> ?1 AND (t.search_key = ?2 OR t.search_key LIKE ?3 OR t.search_key LIKE ?4)
                            GROUP BY t.film_id ORDER BY bool_or(t.search_key = ?2) DESC, bool_or(t.search_key LIKE ?3) DESC, t.film_id
                            LIMIT 20""")
                    .setParameter(1, filmId).setParameter(2, finalKey).setParameter(3, like(finalKey) + "%")
                    .setParameter(4, "% " + like(finalKey) + "%").getResultList();
            List<FilmSummary> out = new ArrayList<>();
            for (Object id : ids) {
                summary(((Number) id).longValue()).ifPresent(out::add);
            }
            return out;
        });
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public Optional<Preview> preview(long gone, long kept) {
        if (gone == kept) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<FilmSummary> g = summary(gone);
            Optional<FilmSummary> k = summary(kept);
            if (g.isEmpty() || k.isEmpty()) {
                return Optional.<Preview>empty();
            }
            FilmMerger.Moves moves = em.unwrap(Session.class).doReturningWork(c -> FilmMerger.preview(c, kept, gone));
            Map<Long, FilmLookup.Facts> facts = em.unwrap(Session.class).doReturningWork(c -> FilmLookup.facts(c, List.of(gone, kept)));
            List<String> warnings = new ArrayList<>();
            FilmLookup.Candidate a = facts.get(gone).asCandidate();
            FilmLookup.Candidate b = facts.get(kept).asCandidate();
            if (a.notSame().contains(kept)) {
                warnings.add("not_same");
            }
            if (a.sources().stream().anyMatch(b.sources()::contains)) {
                warnings.add("same_dataset");
            }
            if (FilmLookup.conflictingIds(a, b)) {
                warnings.add("different_ids");
            }
            if (!a.years().isEmpty() && !b.years().isEmpty()
                    && a.years().stream().noneMatch(y -> FilmLookup.yearsCompatible(b.years(), y))) {
                warnings.add("years_apart");
            }
            return Optional.of(new Preview(g.get(), k.get(), moves, warnings));
        });
    }

    /** Merges {@code gone} into {@code kept}; the merge's id, or empty when either film is not (or no longer) there. */
    public Optional<Long> merge(long gone, long kept, String actor, String reason, String origin, boolean automatic) {
        Optional<Long> id = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('kinopanorama.ingest'))").getSingleResult();
            return em.unwrap(Session.class).doReturningWork(c -> {
                Optional<Long> m = FilmMerger.merge(c, kept, gone, actor, origin, automatic, reason);
                if (m.isPresent()) {
                    FilmConsolidation.apply(c, List.of(kept));
                    // in this transaction: every instance's pages change, and a crash still owes the rebuild
                    RelatedFilmsOwed.record(c, List.of(kept));
                    CatalogueVersion.bump(c);
                }
                return m;
            });
        });
        id.ifPresent(m -> catalogueChanged.fire(new CatalogueChanged(Set.of(kept), "merge")));
        return id;
    }

    public FilmMerger.Undo undo(long mergeId, String actor) {
        FilmMerger.Undo undo = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('kinopanorama.ingest'))").getSingleResult();
            return em.unwrap(Session.class).doReturningWork(c -> {
                FilmMerger.Undo u = FilmMerger.undo(c, mergeId, actor);
                if (u.outcome() == FilmMerger.UndoOutcome.UNDONE) {
                    FilmConsolidation.apply(c, List.of(u.kept(), u.gone()));
                    RelatedFilmsOwed.record(c, List.of(u.kept(), u.gone()));
                    CatalogueVersion.bump(c);
                }
                return u;
            });
        });
        if (undo.outcome() == FilmMerger.UndoOutcome.UNDONE) {
            catalogueChanged.fire(new CatalogueChanged(Set.of(undo.kept(), undo.gone()), "merge undone"));
        }
        return undo;
    }

    /** The latest merges, newest first. */
    @SuppressWarnings("unchecked")
    public List<MergeRecord> recent(int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Tuple> rows = em.createNativeQuery("""
                            SELECT id, kept_id, kept_title, kept_year, gone_id, gone_title, gone_year, actor, origin, automatic, reason,
                                   moved::text AS moved, created_at, undone_at, undone_by
                            FROM film_merge ORDER BY created_at DESC, id DESC LIMIT ?1""", Tuple.class)
                    .setParameter(1, limit).getResultList();
            List<MergeRecord> out = new ArrayList<>();
            for (Tuple r : rows) {
                out.add(new MergeRecord(n(r.get("id")), n(r.get("kept_id")), r.get("kept_title", String.class), i(r.get("kept_year")),
                        n(r.get("gone_id")), r.get("gone_title", String.class), i(r.get("gone_year")), r.get("actor", String.class),
                        r.get("origin", String.class), r.get("automatic", Boolean.class), r.get("reason", String.class),
                        r.get("moved", String.class), time(r.get("created_at")), time(r.get("undone_at")), r.get("undone_by", String.class)));
            }
            return out;
        });
    }

    /** Pairs of films that are probably one, best first (at most {@code limit}). */
    public List<ProbableDuplicates.Pair> duplicates(int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<ProbableDuplicates.Pair> all = em.unwrap(Session.class).doReturningWork(c -> ProbableDuplicates.find(c, null));
            return all.size() > limit ? all.subList(0, limit) : all;
        });
    }

    /** Remembers that two films are not one: never proposed again, never merged automatically. */
    public boolean markNotSame(long a, long b, String actor, String reason) {
        if (a == b) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            long count = ((Number) em.createNativeQuery("SELECT count(*) FROM film WHERE id IN (?1, ?2)")
                    .setParameter(1, a).setParameter(2, b).getSingleResult()).longValue();
            if (count < 2) {
                return false;
            }
            em.createNativeQuery("""
                            INSERT INTO film_distinct (film_a, film_b, actor, reason) VALUES (least(?1, ?2), greatest(?1, ?2), ?3, ?4)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, a).setParameter(2, b).setParameter(3, actor)
                    .setParameter(4, reason == null || reason.isBlank() ? null : reason.strip()).executeUpdate();
            return true;
        });
    }

    /** Takes a "not the same film" mark back: the pair may be proposed again. */
    public boolean forgetNotSame(long a, long b) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "DELETE FROM film_distinct WHERE film_a = least(?1, ?2) AND film_b = greatest(?1, ?2)")
                .setParameter(1, a).setParameter(2, b).executeUpdate() > 0);
    }

    @SuppressWarnings("unchecked")
    public List<Mark> marks(int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Tuple> rows = em.createNativeQuery("""
                            SELECT d.film_a, coalesce(a.title, '#' || d.film_a) AS title_a, d.film_b, coalesce(b.title, '#' || d.film_b) AS title_b,
                                   d.actor, d.reason, d.created_at
                            FROM film_distinct d LEFT JOIN film a ON a.id = d.film_a LEFT JOIN film b ON b.id = d.film_b
                            ORDER BY d.created_at DESC LIMIT ?1""", Tuple.class)
                    .setParameter(1, limit).getResultList();
            List<Mark> out = new ArrayList<>();
            for (Tuple r : rows) {
                out.add(new Mark(n(r.get("film_a")), r.get("title_a", String.class), n(r.get("film_b")), r.get("title_b", String.class),
                        r.get("actor", String.class), r.get("reason", String.class), time(r.get("created_at"))));
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private Optional<FilmSummary> summary(long id) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT f.id, f.title, f.year,
                               ARRAY(SELECT t.title FROM film_title t WHERE t.film_id = f.id ORDER BY t.id) AS titles,
                               ARRAY(SELECT p.name FROM film_person fp JOIN person p ON p.id = fp.person_id
                                     WHERE fp.film_id = f.id AND fp.role = 'director' ORDER BY fp.position) AS directors,
                               ARRAY(SELECT DISTINCT CASE d.source WHEN 'sbc' THEN 'Soviet Bloc Cinema Data' WHEN 'movielens' THEN 'MovieLens'
                                     ELSE d.source END FROM dataset_record d WHERE d.film_id = f.id) AS sources,
                               ARRAY(SELECT l.title FROM list_entry e JOIN curated_list l ON l.id = e.list_id WHERE e.film_id = f.id ORDER BY l.title) AS lists
                        FROM film f WHERE f.id = ?1""", Tuple.class)
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple r = rows.get(0);
        return Optional.of(new FilmSummary(n(r.get("id")), r.get("title", String.class), i(r.get("year")), strings(r.get("titles")),
                strings(r.get("directors")), strings(r.get("sources")), strings(r.get("lists"))));
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof Object[] a) {
            for (Object x : a) {
                out.add(String.valueOf(x));
            }
        }
        return out;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static Integer i(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant t) {
            return t.atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }
}
