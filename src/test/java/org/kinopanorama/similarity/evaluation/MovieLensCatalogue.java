package org.kinopanorama.similarity.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kinopanorama.similarity.signal.FilmFeatures;

/** MovieLens as the app would hold it (every rating a saved film, every tag): for the benchmarks. */
public final class MovieLensCatalogue {

    private MovieLensCatalogue() {
    }

    public static List<FilmFeatures> films(Path dir) {
        return MovieLensFilms.features(MovieLens.read(dir), Map.of());
    }

    public static Map<String, List<Long>> baskets(Path dir) {
        return new LeaveLatestOut(MovieLens.read(dir), 0, 0, Set.of()).baskets;
    }
}
