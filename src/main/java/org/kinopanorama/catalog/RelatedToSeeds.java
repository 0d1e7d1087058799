package org.kinopanorama.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the stored related films say around a person's films (the similarity feature answers; "For you" asks): read,
 * never computed.
 */
public interface RelatedToSeeds {

    /** {@code film} is linked to {@code seed} with this strength. */
    record Link(long seed, long film, double strength) {
    }

    /** The stored related films of each seed, with their scores (0..1). */
    List<Link> relatedTo(Collection<Long> seeds);

    /** The films that saving each seed says something for, with their weights (above 0). */
    List<Link> savedWith(Collection<Long> seeds);

    /** For each of these films, how many films have it among their related films (absent: none). */
    Map<Long, Long> timesRelated(Collection<Long> films);
}
