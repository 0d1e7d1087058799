package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.CatalogConfig;
import org.kinopanorama.catalog.CatalogueVersion;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The film list's counts (how many films a filter gives, and how many each facet's click would give), kept per filter
 * until the {@link CatalogueVersion} changes, like the pages in web's page cache: they are the same for every reader,
 * language and page of a filter, and cost most of the list's queries. Kept only while the version is known, and
 * only when it did not change while they were counted. In {@code /q/metrics} as {@code cache_*{cache="film-facets"}}.
 */
@ApplicationScoped
public class FacetCounts {

    /** What a filter gives, whatever the sort and page. */
    public record Counts(long total, List<FilmListPage.ThemeFacet> themes, List<FilmListPage.Facet> decades,
                         List<FilmListPage.Facet> lists, List<FilmListPage.Facet> genres, List<FilmListPage.Facet> countries,
                         List<FilmListPage.Facet> directors, List<FilmListPage.Facet> studios, List<FilmListPage.Facet> topics,
                         List<FilmListPage.Facet> runtimes, long animated) {

        /** How many films match, no facet counted. */
        public static Counts totalOnly(long total) {
            return new Counts(total, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), 0);
        }
    }

    /** A filter without its sort and page: the sets compare whatever order the URL gave them in. */
    record Key(Set<String> all, Set<String> any, Set<String> none, Map<String, String> chosen) {
        static Key of(FilmFilter filter) {
            return new Key(filter.all(), filter.any(), filter.none(), filter.chosen());
        }
    }

    private record Kept(long version, Counts counts) {
    }

    private final CatalogueVersion version;
    private final boolean enabled;
    private final Cache<Key, Kept> kept;

    FacetCounts(CatalogueVersion version, CatalogConfig config, MeterRegistry registry) {
        this.version = version;
        this.enabled = config.facetCacheEnabled();
        this.kept = Caffeine.newBuilder().maximumSize(Math.max(0, config.facetCacheMaxFilters())).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, kept, "film-facets");
    }

    /** The filter's counts as kept under the current catalogue version, else counted (and kept when it is safe). */
    Counts of(FilmFilter filter, Supplier<Counts> count) {
        OptionalLong known = version.current();
        if (!enabled || known.isEmpty()) {
            return count.get(); // while the version is unknown, anything kept may be stale
        }
        Key key = Key.of(filter);
        Kept found = kept.getIfPresent(key);
        if (found != null && found.version() == known.getAsLong()) {
            return found.counts();
        }
        Counts counts = count.get();
        if (version.current().equals(known)) { // else the catalogue changed while counting: either version's counts
            kept.put(key, new Kept(known.getAsLong(), counts));
        }
        return counts;
    }

    void onCatalogueChange(@Observes CatalogueVersion.Changed changed) {
        kept.invalidateAll();
    }
}
