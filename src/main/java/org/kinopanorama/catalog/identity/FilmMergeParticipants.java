package org.kinopanorama.catalog.identity;

import io.quarkus.arc.All;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

/**
 * Every feature's {@link FilmMergeParticipant}, for {@link FilmMerger} (whose callers hold only a JDBC connection).
 * Injecting them here keeps them in the application (a bean nothing injects would be removed at build time).
 */
@ApplicationScoped
@Unremovable
public class FilmMergeParticipants {

    @Inject
    @All
    List<FilmMergeParticipant> all;

    /** In a stable order (by class name), so that every merge runs the hooks in the same order. */
    List<FilmMergeParticipant> all() {
        return all.stream().sorted(Comparator.comparing(p -> p.getClass().getName())).toList();
    }
}
