package org.kinopanorama.catalog;

import java.util.List;

/** What the front page shows of the catalogue. */
public record CatalogueSummary(long filmCount, List<FilmLink> recentlyAdded, List<ListCard> lists) {

    /** A film as a link: its title as the reader sees it (see {@link LocalizedTitles}). */
    public record FilmLink(long id, String title, Integer year, String posterPath, String director) {
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
