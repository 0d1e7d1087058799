package org.kinopanorama.similarity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.kinopanorama.catalog.FilmsNearSeveral;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** {@link FilmsNearSeveral} from {@code film_neighbour}: one indexed query. */
@ApplicationScoped
public class StoredNearSeveral implements FilmsNearSeveral {

    @Inject
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Near> near(Collection<Long> films, Collection<Long> excluded, int limit) {
        if (films.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        WITH asked AS (SELECT DISTINCT unnest(CAST(?1 AS bigint[])) AS film_id),
                             candidate AS (
                                 SELECT n.neighbour_id AS film_id, sum(n.score) AS score,
                                        array_agg(s.title ORDER BY n.score DESC, s.id) AS because
                                 FROM film_neighbour n
                                 JOIN asked ON asked.film_id = n.film_id
                                 JOIN film s ON s.id = n.film_id
                                 WHERE NOT EXISTS (SELECT 1 FROM asked x WHERE x.film_id = n.neighbour_id)
                                   AND n.neighbour_id <> ALL (CAST(?2 AS bigint[]))
                                 GROUP BY n.neighbour_id)
                        SELECT c.film_id AS film_id, f.title AS title, f.year AS year, c.score AS score, c.because AS because
                        FROM candidate c JOIN film f ON f.id = c.film_id
                        ORDER BY c.score DESC, f.title, c.film_id
                        LIMIT ?3""", Tuple.class)
                .setParameter(1, films.toArray(Long[]::new))
                .setParameter(2, excluded.toArray(Long[]::new))
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Near(r.get("film_id", Number.class).longValue(), r.get("title", String.class),
                r.get("year") == null ? null : r.get("year", Number.class).intValue(), r.get("score", Number.class).doubleValue(),
                Arrays.stream((Object[]) r.get("because")).map(String::valueOf).toList())).toList();
    }
}
