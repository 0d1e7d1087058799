package org.kinopanorama.catalog;

import java.util.ArrayList;
import java.util.List;

/** One page of the film list, with what each filter would give. */
public record FilmListPage(FilmFilter filter, long total, List<Card> films, List<ThemeFacet> themes,
                           List<Facet> decades, List<Facet> lists) {

    /** @param posterPath, director what the film's poster shows (see {@link PosterColumns}); may be null */
    public record Card(long id, String title, Integer year, Integer yearEnd, List<ThemeLink> themes, String posterPath,
                       String director) {
        Card(long id, String title, Integer year, Integer yearEnd, String posterPath, String director) {
            this(id, title, year, yearEnd, new ArrayList<>(), posterPath, director);
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

    public record Facet(String value, String label, long count) {
    }

    /** The theme an active theme filter names, for its chip; null for other filters. */
    public ThemeFacet themeOf(FilmFilter.Active active) {
        if (active.name().equals("list") || active.name().equals("decade")) {
            return null;
        }
        return themes.stream().filter(t -> t.slug().equals(active.value())).findFirst().orElse(null);
    }

    /** The title of the list an active list filter names, or its slug. */
    public String listTitle(String slug) {
        return lists.stream().filter(l -> l.value().equals(slug)).map(Facet::label).findFirst().orElse(slug);
    }

    public int pages() {
        return (int) Math.max(1, (total + filter.pageSize() - 1) / filter.pageSize());
    }

    public List<Integer> pageNumbers() {
        return PageWindow.around(filter.page(), pages());
    }

    public int firstShown() {
        return films.isEmpty() ? 0 : filter.offset() + 1;
    }

    public int lastShown() {
        return filter.offset() + films.size();
    }
}
