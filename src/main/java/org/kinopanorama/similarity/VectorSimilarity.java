package org.kinopanorama.similarity;

/** A similarity that is one {@link SparseCosine}: the theme, list, text and attribute similarities. */
abstract class VectorSimilarity extends IndexedSimilarity {

    final SparseCosine vectors;

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
