package org.kinopanorama.similarity.signal;

import java.util.Arrays;
import java.util.Collection;

/**
 * Film ids sorted ascending, each given a dense index {@code 0..size-1}, so that the computation can use arrays
 * instead of maps of boxed ids. Index order is id order, which keeps every tie-break "lower id first" cheap.
 * Immutable; two indexes built from the same ids are equal.
 */
public final class FilmIndex {

    private final long[] ids;

    private FilmIndex(long[] sortedUniqueIds) {
        this.ids = sortedUniqueIds;
    }

    /** @throws IllegalArgumentException when a film id appears twice */
    public static FilmIndex ofFilms(Collection<FilmFeatures> films) {
        long[] ids = new long[films.size()];
        int n = 0;
        for (FilmFeatures f : films) {
            ids[n++] = f.filmId();
        }
        Arrays.sort(ids);
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] == ids[i - 1]) {
                throw new IllegalArgumentException("film " + ids[i] + " is given twice");
            }
        }
        return new FilmIndex(ids);
    }

    /** Any ids, duplicates allowed (they collapse). */
    static FilmIndex ofIds(long[] anyIds) {
        long[] ids = anyIds.clone();
        Arrays.sort(ids);
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (n == 0 || ids[i] != ids[n - 1]) {
                ids[n++] = ids[i];
            }
        }
        return new FilmIndex(Arrays.copyOf(ids, n));
    }

    public int size() {
        return ids.length;
    }

    public long id(int index) {
        return ids[index];
    }

    /** Index of the film, or -1 when unknown. */
    public int indexOf(long id) {
        int i = Arrays.binarySearch(ids, id);
        return i >= 0 ? i : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FilmIndex other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }
}
