package org.kinopanorama.catalog;

import java.util.List;

/** What the front page shows of the catalogue. */
/**
 * @param recentlyAdded the films added last by curators' lists or by hand: a dataset's films are in {@code imports}
 * @param imports       one line per dataset that added films, the latest first
 */
public record CatalogueSummary(long filmCount, List<FilmLink> recentlyAdded, List<ListCard> lists, List<Import> imports) {

    /**
     * What a dataset added, as one line: "6,626 films from Soviet Bloc Cinema Data".
     *
     * @param source the films' source in {@code dataset_record} ("sbc", "movielens"), for the link to them
     * @param at     when the dataset's latest import that added films ended (or last worked, while it runs)
     */
    public record Import(String source, long films, java.time.Instant at) {
        public String filmsUrl() {
            return "/films?source=" + source;
        }

        /** The dataset's own name (the same in either language). */
        public String sourceName() {
            return switch (source) {
                case "sbc" -> "Soviet Bloc Cinema Data";
                case "movielens" -> "MovieLens";
                default -> source;
            };
        }
    }

    /** A film as a link: its title as the reader sees it (see {@link LocalizedTitles}). */
    public record FilmLink(long id, String title, Integer year, Integer yearEnd, String posterPath, String director) {
    }

    /** A curated list as the home page shows it. */
    public record ListCard(String slug, String title, String introduction, int filmCount) {
        /** The introduction's first sentence or so, for a card. */
        public String teaser() {
            if (introduction == null) {
                return "";
            }
            String text = introduction.strip().replaceAll("\\s+", " ");
            int end = text.indexOf(". ");
            if (end > 0 && end < 220) {
                return text.substring(0, end + 1);
            }
            return text.length() <= 220 ? text : text.substring(0, text.lastIndexOf(' ', 217)) + "…";
        }
    }
}
