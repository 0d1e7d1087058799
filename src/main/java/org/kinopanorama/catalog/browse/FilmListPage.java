package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.Paged;
import org.kinopanorama.catalog.ThemeLabels;
import org.kinopanorama.catalog.film.FilmCredits;
import java.util.ArrayList;
import java.util.List;

/** One page of the film list, with what each filter would give. */
public record FilmListPage(FilmFilter filter, long total, List<Card> films, FacetCounts.Counts counts) implements Paged {

    /**
     * @param rating      the average of the datasets' ratings (stars out of 5), null when none
     * @param ratingCount how many ratings that average is of
     * @param posterPath, director what the film's poster shows (see {@link PosterColumns}); may be null
     */
    public record Card(long id, String title, Integer year, Integer yearEnd, Double rating, int ratingCount,
                       List<ThemeLink> themes, String posterPath, String director) {
        Card(long id, String title, Integer year, Integer yearEnd, Double rating, int ratingCount, String posterPath,
             String director) {
            this(id, title, year, yearEnd, rating, ratingCount, new ArrayList<>(), posterPath, director);
        }

        /** The average rating as shown, e.g. "4.1". */
        public String stars() {
            return rating == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", rating);
        }

        public String years() {
            if (year == null) {
                return "";
            }
            return yearEnd == null || yearEnd.equals(year) ? year.toString() : year + "–" + yearEnd;
        }
    }

    public record ThemeLink(String slug, String labelEn, String labelRu) implements ThemeLabels {
    }

    /**
     * @param state   "all", "any", "none" when the theme is already a filter, else null
     * @param include films if the theme is added as "all of"
     * @param either  films if it is added as "any of"
     * @param exclude films if it is added as "none of"
     */
    public record ThemeFacet(String slug, String labelEn, String labelRu, String state, long include, long either,
                             long exclude) implements ThemeLabels {
    }

    /** @param original the label in its original script when the dataset gives one (people, studios), else null */
    public record Facet(String value, String label, String original, long count) {
        /** As a credit, for the template's readable names. */
        public FilmCredits.Credit credit() {
            return new FilmCredits.Credit(Long.parseLong(value), label, original);
        }

        /** As a genre, for the template's genre labels in the reader's language. */
        public FilmCredits.Labelled labelled() {
            return new FilmCredits.Labelled(value, label, null);
        }
    }

    public List<ThemeFacet> themes() {
        return counts.themes();
    }

    public List<Facet> decades() {
        return counts.decades();
    }

    public List<Facet> lists() {
        return counts.lists();
    }

    /** The one-value facets shown as lists of links, in the order of the page; empty ones are left out by the template. */
    public List<Named> facets() {
        return List.of(new Named("genre", counts.genres()), new Named("country", counts.countries()),
                new Named("director", counts.directors()), new Named("studio", counts.studios()),
                new Named("topic", counts.topics()), new Named("runtime", counts.runtimes()));
    }

    public record Named(String name, List<Facet> values) {
        /** Facets with more values than are shown get a search box (directors, studios). */
        public boolean searchable() {
            return name.equals("director") || name.equals("studio");
        }
    }

    /** The label of a chosen value of a one-value facet for its chip, if it is among the counted values. */
    public Facet chosenFacet(FilmFilter.Active active) {
        return facets().stream().filter(n -> n.name().equals(active.name())).flatMap(n -> n.values().stream())
                .filter(f -> f.value().equals(active.value())).findFirst().orElse(null);
    }

    /** The theme an active theme filter names, for its chip; null for other filters. */
    public ThemeFacet themeOf(FilmFilter.Active active) {
        if (!active.name().equals("all") && !active.name().equals("any") && !active.name().equals("none")) {
            return null;
        }
        return themes().stream().filter(t -> t.slug().equals(active.value())).findFirst().orElse(null);
    }

    /** The title of the list an active list filter names, or its slug. */
    public String listTitle(String slug) {
        return lists().stream().filter(l -> l.value().equals(slug)).map(Facet::label).findFirst().orElse(slug);
    }

    @Override
    public int page() {
        return filter.page();
    }

    @Override
    public int pages() {
        return (int) Math.max(1, (total + filter.pageSize() - 1) / filter.pageSize());
    }

    @Override
    public String atPage(int n) {
        return filter.atPage(n);
    }

    public int firstShown() {
        return films.isEmpty() ? 0 : filter.offset() + 1;
    }

    public int lastShown() {
        return filter.offset() + films.size();
    }
}
