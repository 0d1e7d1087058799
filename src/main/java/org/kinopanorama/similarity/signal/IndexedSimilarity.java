package org.kinopanorama.similarity.signal;


/**
 * A {@link FilmSimilarity} computed over a {@link FilmIndex}: {@code score(a, b)} is {@code scoreAt} of the two
 * films' indexes, so the neighbour search and single look-ups run the very same arithmetic (same result to the
 * last bit). Package-private base of the built-in similarities.
 */
public abstract class IndexedSimilarity implements FilmSimilarity {

    public final FilmIndex index;

    IndexedSimilarity(FilmIndex index) {
        this.index = index;
    }

    /** Score of two distinct known films, by index; same contract as {@link #score}. */
    abstract double scoreAt(int i, int j);

    /** Reasons of two distinct known films, by index. */
    abstract Explanation explainAt(int i, int j);

    @Override
    public final double score(long a, long b) {
        if (a == b) {
            return 1.0;
        }
        int i = index.indexOf(a);
        int j = index.indexOf(b);
        return i < 0 || j < 0 ? 0.0 : scoreAt(i, j);
    }

    @Override
    public final Explanation explain(long a, long b) {
        if (a == b) {
            return Explanation.empty();
        }
        int i = index.indexOf(a);
        int j = index.indexOf(b);
        return i < 0 || j < 0 ? Explanation.empty() : explainAt(i, j);
    }
}
