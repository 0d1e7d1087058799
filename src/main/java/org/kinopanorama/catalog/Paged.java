package org.kinopanorama.catalog;

import java.util.List;

/** A list shown a page at a time, as the {@code {#pagination}} tag links it. */
public interface Paged {

    /** This page, from 1. */
    int page();

    /** How many pages there are, at least 1. */
    int pages();

    /** The address of page {@code n}. */
    String atPage(int n);

    /** Page numbers to link: all of them, or the first, the last and those near this page. 0 stands for a gap. */
    default List<Integer> pageNumbers() {
        return PageWindow.around(page(), pages());
    }
}
