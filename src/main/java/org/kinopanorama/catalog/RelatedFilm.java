package org.kinopanorama.catalog;

import java.util.List;

/**
 * One film shown under another as "if you liked this", with the reasons grouped as the page shows them. The
 * similarity feature stores and reads these ({@link RelatedFilmsQuery}); the catalogue only shows them.
 */
public record RelatedFilm(long id, String title, Integer year, Integer yearEnd, double score, List<ReasonGroup> reasons) {

    public String years() {
        return year == null ? "" : yearEnd != null && !yearEnd.equals(year) ? year + "–" + yearEnd : year.toString();
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }

    /** Reasons of one group (themes, lists, director...) in the order of their weight. */
    public record ReasonGroup(String group, List<Label> labels) {
    }

    public record Label(String text, String href) {
    }
}
