package org.kinopanorama.ingest.dataset;

import org.kinopanorama.catalog.TitleMatcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which catalogue film a dataset record is, given the films that share an identifier or a title key with it.
 * Plain Java: the candidates' facts are read by {@link FilmLinker}.
 *
 * <ol>
 *   <li>A film with the same IMDb or Wikidata id is the film (several such films are one film: merged).
 *   <li>Else a film sharing a title key (see {@link TitleMatcher#keys}) whose year is at most one off
 *       (or unknown) is the film: the one sharing most keys, then the closest year.
 *   <li>Other films sharing a title key and a year join the film chosen (a record that names a film in two
 *       languages links the curated list's English title to the dataset's Russian one), as long as they do
 *       not contradict each other; a film left out that way is reported.
 * </ol>
 *
 * Never a match, to avoid false merges: a film that already has another record of the same dataset (two
 * records of one dataset are two films), or that carries a different id of the same kind (IMDb tt1 is not tt2).
 * Never merged: two films with records of the same dataset, or with different ids of one kind.
 */
public final class MatchRules {

    private MatchRules() {
    }

    /**
     * @param sharedKeys  how many title keys it shares with the record (0 when found by id only)
     * @param idMatch     it has the record's IMDb or Wikidata id
     * @param years       every year any source gives it
     * @param sources     the datasets it has records of ("sbc", "movielens")
     * @param ids         its IMDb and Wikidata ids, by kind
     */
    public record Candidate(long filmId, int sharedKeys, boolean idMatch, Set<Integer> years, Set<String> sources,
                            Map<String, Set<String>> ids) {
    }

    /** @param film null for a film the catalogue does not have; merge: other films that are the same film */
    public record Decision(Long film, List<Long> merge, List<String> doubts) {
    }

    public static Decision decide(String source, Integer year, Map<String, String> recordIds, List<Candidate> candidates) {
        List<String> doubts = new ArrayList<>();
        List<Candidate> byId = candidates.stream().filter(c -> c.idMatch() && !c.sources().contains(source))
                .sorted(Comparator.comparingLong(Candidate::filmId)).toList();
        List<Candidate> byTitle = candidates.stream()
                .filter(c -> !c.idMatch() && c.sharedKeys() > 0 && !c.sources().contains(source))
                .filter(c -> yearsCompatible(c.years(), year))
                .filter(c -> !conflictingId(c, recordIds))
                .sorted(Comparator.comparingInt(Candidate::sharedKeys).reversed()
                        .thenComparingInt(c -> yearDistance(c.years(), year))
                        .thenComparingLong(Candidate::filmId))
                .toList();
        candidates.stream().filter(c -> c.idMatch() && c.sources().contains(source)).forEach(c -> doubts.add(
                "film " + c.filmId() + " has this record's id but another record of the same dataset: not merged"));
        List<Candidate> ordered = new ArrayList<>(byId);
        ordered.addAll(byTitle);
        if (ordered.isEmpty()) {
            return new Decision(null, List.of(), doubts);
        }
        List<Candidate> group = new ArrayList<>();
        for (Candidate c : ordered) {
            if (group.isEmpty() || c.idMatch() || group.stream().allMatch(g -> compatible(g, c))) {
                group.add(c);
            } else {
                doubts.add("film " + c.filmId() + " shares a title and year with it but contradicts film "
                        + group.get(0).filmId() + ": not merged");
            }
        }
        return new Decision(group.get(0).filmId(), group.subList(1, group.size()).stream().map(Candidate::filmId).toList(), doubts);
    }

    /** Two films that may be one: no dataset has a record in both, no kind of id differs. */
    static boolean compatible(Candidate a, Candidate b) {
        if (a.sources().stream().anyMatch(b.sources()::contains)) {
            return false;
        }
        for (String kind : List.of("imdb", "wikidata")) {
            Set<String> x = a.ids().get(kind);
            Set<String> y = b.ids().get(kind);
            if (x != null && y != null && !x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains)) {
                return false;
            }
        }
        return true;
    }

    static boolean yearsCompatible(Set<Integer> years, Integer year) {
        return year == null || years.isEmpty() || years.stream().anyMatch(y -> TitleMatcher.yearsCompatible(y, year));
    }

    private static int yearDistance(Set<Integer> years, Integer year) {
        if (year == null || years.isEmpty()) {
            return 0;
        }
        return years.stream().mapToInt(y -> Math.abs(y - year)).min().orElse(0);
    }

    private static boolean conflictingId(Candidate c, Map<String, String> recordIds) {
        for (String kind : List.of("imdb", "wikidata")) {
            String mine = recordIds.get(kind);
            Set<String> theirs = c.ids().get(kind);
            if (mine != null && theirs != null && !theirs.isEmpty() && !theirs.contains(mine)) {
                return true;
            }
        }
        return false;
    }
}
