package org.kinopanorama.catalog;

import java.util.ArrayList;
import java.util.List;

/** Which page numbers a list of pages links to. */
final class PageWindow {

    private PageWindow() {
    }

    /** All of them, or the first, the last and those within two of the current one; 0 stands for a gap. */
    static List<Integer> around(int current, int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int p = 1; p <= count; p++) {
            if (p == 1 || p == count || Math.abs(p - current) <= 2) {
                numbers.add(p);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
