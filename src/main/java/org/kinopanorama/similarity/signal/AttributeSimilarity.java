package org.kinopanorama.similarity.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * People and metadata in common: cosine over IDF-weighted {@link FilmFeatures#attributes()} vectors, component =
 * kindWeight(kind) × ln(1 + N_kind / df) for each {@code kind:value} a film has (N_kind the films given that
 * have any attribute of that kind, df of them with that attribute). Rarity is measured among the films that have
 * that kind of data: a genre only one dataset supplies is not rare because the others' films lack genres. A shared
 * director of five films counts far more than a shared genre of thousands; an attribute every film of its kind
 * has counts little (ln 2), but still links films that have nothing else. Kind weights (e.g. {@code director → 2.0, decade → 0.5}) are optional: a kind
 * not named weighs 1, a kind weighing 0 is ignored. Reasons are of kind {@link Explanation.Kind#ATTRIBUTE} with
 * the attribute string as feature ({@code director:p42}). Follows the {@link FilmSimilarity} contract.
 */
public final class AttributeSimilarity extends VectorSimilarity {

    public AttributeSimilarity(Collection<FilmFeatures> films) {
        this(films, Map.of());
    }

    /** @param kindWeights kind (the part before ':') → finite, non-negative weight */
    public AttributeSimilarity(Collection<FilmFeatures> films, Map<String, Double> kindWeights) {
        this(FilmIndex.ofFilms(films), films, kindWeights);
    }

    public AttributeSimilarity(FilmIndex index, Collection<FilmFeatures> films, Map<String, Double> kindWeights) {
        this(index, films, kindWeights, null);
    }

    /** @param catalogue counts over the whole catalogue when {@code films} is a part of it; null counts among {@code films} */
    public AttributeSimilarity(FilmIndex index, Collection<FilmFeatures> films, Map<String, Double> kindWeights,
                        FeatureStatistics catalogue) {
        super(vectors(index, films, checked(kindWeights), catalogue));
    }

    /** The kind of an attribute: {@code director} for {@code director:p42}. */
    public static String kind(String attribute) {
        int colon = attribute.indexOf(':');
        return colon < 0 ? attribute : attribute.substring(0, colon);
    }

    /** The value of an attribute: {@code p42} for {@code director:p42}. */
    public static String value(String attribute) {
        int colon = attribute.indexOf(':');
        return colon < 0 ? attribute : attribute.substring(colon + 1);
    }

    private static Map<String, Double> checked(Map<String, Double> kindWeights) {
        Objects.requireNonNull(kindWeights, "kindWeights");
        kindWeights.forEach((k, w) -> {
            if (w == null || !(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("kind weight must be finite and non-negative: " + k + "=" + w);
            }
        });
        return Map.copyOf(kindWeights);
    }

    private static SparseCosine vectors(FilmIndex index, Collection<FilmFeatures> films, Map<String, Double> kw,
                                        FeatureStatistics catalogue) {
        SparseCosine.Builder b = new SparseCosine.Builder(index);
        int[][] idsOf = new int[index.size()][];
        int[] df = new int[1024];
        List<String> byId = new ArrayList<>();
        for (FilmFeatures f : films) {
            int[] ids = new int[f.attributes().size()];
            int m = 0;
            for (String a : f.attributes()) {
                int id = b.intern(a);
                if (id == byId.size()) {
                    byId.add(a);
                }
                if (id >= df.length) {
                    df = Arrays.copyOf(df, df.length * 2);
                }
                df[id]++;
                ids[m++] = id;
            }
            idsOf[index.indexOf(f.filmId())] = ids;
        }
        Map<String, Double> weightOfKind = new HashMap<>();
        Map<String, Integer> filmsOfKind = new HashMap<>();
        if (catalogue == null) {
            for (int[] ids : idsOf) {
                if (ids != null) {
                    java.util.Set<String> kinds = new java.util.HashSet<>();
                    for (int id : ids) {
                        kinds.add(kind(byId.get(id)));
                    }
                    kinds.forEach(k -> filmsOfKind.merge(k, 1, Integer::sum));
                }
            }
        } else {
            for (int id = 0; id < byId.size(); id++) {
                df[id] = catalogue.documentFrequency(FeatureStatistics.ATTRIBUTE, byId.get(id));
                String kind = kind(byId.get(id));
                filmsOfKind.put(kind, catalogue.filmsWith(FeatureStatistics.kindOfAttribute(kind)));
            }
            b.countedBy(a -> catalogue.documentFrequency(FeatureStatistics.ATTRIBUTE, a));
        }
        for (int i = 0; i < idsOf.length; i++) {
            int[] ids = idsOf[i];
            if (ids == null || ids.length == 0) {
                continue;
            }
            double[] xs = new double[ids.length];
            for (int t = 0; t < ids.length; t++) {
                String kind = kind(byId.get(ids[t]));
                double w = weightOfKind.computeIfAbsent(kind, k -> kw.getOrDefault(k, 1.0));
                xs[t] = w * Math.log(1.0 + (double) filmsOfKind.get(kind) / df[ids[t]]);
            }
            b.set(i, ids, xs);
        }
        return SparseCosine.of(b, Explanation.Kind.ATTRIBUTE);
    }
}
