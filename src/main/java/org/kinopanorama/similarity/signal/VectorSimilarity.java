package org.kinopanorama.similarity.signal;


/** A similarity that is one {@link SparseCosine}: the theme, list, text and attribute similarities. */
public abstract class VectorSimilarity extends IndexedSimilarity {

    public final SparseCosine vectors;

    VectorSimilarity(SparseCosine vectors) {
        super(vectors.index);
        this.vectors = vectors;
    }

    @Override
    final double scoreAt(int i, int j) {
        return vectors.scoreAt(i, j);
    }

    @Override
    final Explanation explainAt(int i, int j) {
        return vectors.explainAt(i, j);
    }
}
