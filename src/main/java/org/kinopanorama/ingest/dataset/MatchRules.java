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
 *       (or unknown) is the film; several such films are not merged: the one sharing most keys, then the
 *       closest year, is taken and the doubt is reported.
 *   <li>A film sharing only a title key also joins an identifier match, when it is the only one.
 * </ol>
 *
 * Never a match, to avoid false merges: a film that already has another record of the same dataset (two
 * records of one dataset are two films), or that carries a different id of the same kind (IMDb tt1 is not tt2).
 */
public final class MatchRules {

    private MatchRules() {
    }

    /**
     * @param sharedKeys  how many title keys it shares with the record (0 when found by id only)
     * @param idMatch     it has the record's IMDb or Wikidata id
     * @param years       every year any source gives it
     * @param sameSource  it already has a record of the record's dataset
     * @param ids         its IMDb and Wikidata ids, by kind
     */
    public record Candidate(long filmId, int sharedKeys, boolean idMatch, Set<Integer> years, boolean sameSource,
                            Map<String, Set<String>> ids) {
    }

    /** @param film null for a film the catalogue does not have; merge: other films that are the same film */
    public record Decision(Long film, List<Long> merge, List<String> doubts) {
    }

    public static Decision decide(Integer year, Map<String, String> recordIds, List<Candidate> candidates) {
        List<String> doubts = new ArrayList<>();
        List<Candidate> byId = candidates.stream().filter(c -> c.idMatch() && !c.sameSource())
                .sorted(Comparator.comparingLong(Candidate::filmId)).toList();
        List<Candidate> byTitle = candidates.stream()
                .filter(c -> !c.idMatch() && c.sharedKeys() > 0 && !c.sameSource())
                .filter(c -> yearsCompatible(c.years(), year))
                .filter(c -> !conflictingId(c, recordIds))
                .sorted(Comparator.comparingInt(Candidate::sharedKeys).reversed()
                        .thenComparingInt(c -> yearDistance(c.years(), year))
                        .thenComparingLong(Candidate::filmId))
                .toList();
        candidates.stream().filter(c -> c.idMatch() && c.sameSource()).forEach(c -> doubts.add(
                "film " + c.filmId() + " has this record's id but another record of the same dataset: not merged"));
        if (!byId.isEmpty()) {
            List<Long> merge = new ArrayList<>(byId.subList(1, byId.size()).stream().map(Candidate::filmId).toList());
            if (byTitle.size() == 1) {
                merge.add(byTitle.get(0).filmId());
            } else if (byTitle.size() > 1) {
                doubts.add("films " + byTitle.stream().map(c -> String.valueOf(c.filmId())).toList()
                        + " share a title and year with it; none merged");
            }
            return new Decision(byId.get(0).filmId(), merge, doubts);
        }
        if (byTitle.isEmpty()) {
            return new Decision(null, List.of(), doubts);
        }
        if (byTitle.size() > 1) {
            doubts.add("could be films " + byTitle.stream().map(c -> String.valueOf(c.filmId())).toList()
                    + "; took " + byTitle.get(0).filmId());
        }
        return new Decision(byTitle.get(0).filmId(), List.of(), doubts);
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
