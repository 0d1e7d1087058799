package org.kinopanorama.similarity.signal;


/**
 * Similarity between two films, identified by id.
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>{@code score} is in {@code [0, 1]} and never NaN;</li>
 *   <li>symmetric: {@code score(a, b) == score(b, a)};</li>
 *   <li>{@code score(a, a) == 1} for every id, even an unknown one (identity);</li>
 *   <li>0 means "nothing in common": a film the implementation does not know, or one without the features it
 *       looks at, scores 0 against every other film;</li>
 *   <li>{@code explain(a, b)} lists the shared features behind the score (empty when the score is 0 or
 *       {@code a == b}); it is symmetric too.</li>
 * </ul>
 * Implementations are immutable and built from their inputs in the constructor; thread-safe after construction.
 */
public interface FilmSimilarity {

    double score(long a, long b);

    default Explanation explain(long a, long b) {
        return Explanation.empty();
    }
}
