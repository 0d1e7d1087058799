package org.kinopanorama.similarity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.kinopanorama.catalog.RelatedToSeeds;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link RelatedToSeeds} from {@code film_neighbour} and {@code film_suggestion_weight}: indexed reads. */
@ApplicationScoped
public class StoredRelatedToSeeds implements RelatedToSeeds {

    @Inject
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Link> relatedTo(Collection<Long> seeds) {
        return links("SELECT film_id AS seed, neighbour_id AS film, CAST(score AS float8) AS strength FROM film_neighbour "
                + "WHERE film_id = ANY (CAST(?1 AS bigint[]))", seeds);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Link> savedWith(Collection<Long> seeds) {
        return links("SELECT film_id AS seed, suggested_id AS film, CAST(weight AS float8) AS strength FROM film_suggestion_weight "
                + "WHERE film_id = ANY (CAST(?1 AS bigint[]))", seeds);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> timesRelated(Collection<Long> films) {
        Map<Long, Long> out = new HashMap<>();
        if (films.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT neighbour_id AS film, count(*) AS times FROM film_neighbour
                        WHERE neighbour_id = ANY (CAST(?1 AS bigint[])) GROUP BY neighbour_id""", Tuple.class)
                .setParameter(1, films.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> out.put(r.get("film", Number.class).longValue(), r.get("times", Number.class).longValue()));
        return out;
    }

    private List<Link> links(String sql, Collection<Long> seeds) {
        if (seeds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, seeds.toArray(Long[]::new)).getResultList();
        return rows.stream().map(r -> new Link(r.get("seed", Number.class).longValue(), r.get("film", Number.class).longValue(),
                r.get("strength", Number.class).doubleValue())).toList();
    }
}
