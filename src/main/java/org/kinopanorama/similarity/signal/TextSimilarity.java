package org.kinopanorama.similarity.signal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Cosine over TF-IDF token vectors with sublinear tf: component = (1 + ln tf) × ln(N / df). Follows the
 * {@link FilmSimilarity} contract; films without tokens score 0 against others.
 */
public final class TextSimilarity extends VectorSimilarity {

    public TextSimilarity(Collection<FilmFeatures> films) {
        this(FilmIndex.ofFilms(films), films);
    }

    public TextSimilarity(FilmIndex index, Collection<FilmFeatures> films) {
        this(index, films, null);
    }

    /** @param catalogue counts over the whole catalogue when {@code films} is a part of it; null counts among {@code films} */
    public TextSimilarity(FilmIndex index, Collection<FilmFeatures> films, FeatureStatistics catalogue) {
        super(vectors(index, films, catalogue));
    }

    private static SparseCosine vectors(FilmIndex index, Collection<FilmFeatures> films, FeatureStatistics catalogue) {
        SparseCosine.Builder b = new SparseCosine.Builder(index);
        int[][] termsOf = new int[index.size()][];
        int[][] countsOf = new int[index.size()][];
        int[] df = new int[1024];
        for (FilmFeatures f : films) {
            List<String> tokens = f.tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            int[] ids = new int[tokens.size()];
            for (int t = 0; t < ids.length; t++) {
                ids[t] = b.intern(tokens.get(t));
            }
            Arrays.sort(ids);
            int[] terms = new int[ids.length];
            int[] counts = new int[ids.length];
            int m = 0;
            for (int t = 0; t < ids.length; t++) {
                if (m > 0 && terms[m - 1] == ids[t]) {
                    counts[m - 1]++;
                } else {
                    terms[m] = ids[t];
                    counts[m++] = 1;
                    if (ids[t] >= df.length) {
                        df = Arrays.copyOf(df, Math.max(df.length * 2, ids[t] + 1));
                    }
                    df[ids[t]]++;
                }
            }
            int i = index.indexOf(f.filmId());
            termsOf[i] = Arrays.copyOf(terms, m);
            countsOf[i] = Arrays.copyOf(counts, m);
        }
        int n = films.size();
        if (catalogue != null) {
            n = catalogue.films();
            for (int id = 0; id < df.length; id++) {
                if (df[id] > 0) {
                    df[id] = catalogue.documentFrequency(FeatureStatistics.WORD, b.name(id));
                }
            }
            b.countedBy(w -> catalogue.documentFrequency(FeatureStatistics.WORD, w));
        }
        for (int i = 0; i < termsOf.length; i++) {
            if (termsOf[i] == null) {
                continue;
            }
            double[] xs = new double[termsOf[i].length];
            for (int t = 0; t < xs.length; t++) {
                xs[t] = (1 + Math.log(countsOf[i][t])) * SparseCosine.idf(n, df[termsOf[i][t]]);
            }
            b.set(i, termsOf[i], xs);
            countsOf[i] = null;
        }
        return SparseCosine.of(b, Explanation.Kind.TEXT);
    }
}
