package org.kinopanorama.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The filters of the film list, as they stand in its URL so that a view can be bookmarked and shared:
 * {@code /films?all=war&all=betrayal&none=comedy&decade=1970&list=betrayal-in-soviet-cinema&sort=year&page=2}.
 * Values that cannot be right (an unknown sort, a decade that is not one) are dropped, never an error.
 *
 * @param order the filters in the order they were given, as "name=value", so that "remove the last filter" is exact
 */
public record FilmFilter(Set<String> all, Set<String> any, Set<String> none, Integer decade, String list, Sort sort,
                         int page, int pageSize, List<String> order) {
    private static final int MAX_THEMES = 10;

    public enum Sort {
        TITLE, YEAR, RELEVANCE;

        public String param() {
            return name().toLowerCase();
        }
    }

    /** From query parameters in the order they appeared. */
    public static FilmFilter parse(List<Map.Entry<String, String>> params, int pageSize) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> any = new LinkedHashSet<>();
        Set<String> none = new LinkedHashSet<>();
        Integer decade = null;
        String list = null;
        Sort sort = null;
        int page = 1;
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, String> p : params) {
            String value = p.getValue() == null ? "" : p.getValue().strip();
            switch (p.getKey()) {
                case "all", "any", "none" -> {
                    if (!isSlug(value)) {
                        continue;
                    }
                    Set<String> target = switch (p.getKey()) {
                        case "all" -> all;
                        case "any" -> any;
                        default -> none;
                    };
                    if (target.size() < MAX_THEMES && target.add(value)) {
                        order.add(p.getKey() + "=" + value);
                    }
                }
                case "decade" -> {
                    if (value.matches("1[89][0-9]0|20[0-9]0")) {
                        decade = Integer.parseInt(value);
                        order.removeIf(o -> o.startsWith("decade="));
                        order.add("decade=" + value);
                    }
                }
                case "list" -> {
                    if (isSlug(value)) {
                        list = value;
                        order.removeIf(o -> o.startsWith("list="));
                        order.add("list=" + value);
                    }
                }
                case "sort" -> {
                    for (Sort s : Sort.values()) {
                        if (s.param().equals(value)) {
                            sort = s;
                        }
                    }
                }
                case "page" -> {
                    if (value.matches("[1-9][0-9]{0,5}")) {
                        page = Integer.parseInt(value);
                    }
                }
                default -> {
                    // other parameters are not filters
                }
            }
        }
        return new FilmFilter(Set.copyOf(all), Set.copyOf(any), Set.copyOf(none), decade, list,
                sort, page, pageSize, List.copyOf(order));
    }

    private static boolean isSlug(String value) {
        return value.matches("[a-z0-9-]{1,80}");
    }

    /** Relevance (the strength of the chosen themes) when themes are chosen, else title. */
    public Sort effectiveSort() {
        if (sort != null) {
            return sort;
        }
        return all.isEmpty() && any.isEmpty() ? Sort.TITLE : Sort.RELEVANCE;
    }

    public boolean isEmpty() {
        return order.isEmpty();
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    // --- URLs for the links of the page: every change starts again at page 1 ---

    public String url() {
        return build(order, sort, page);
    }

    public String with(String name, String value) {
        List<String> next = new ArrayList<>(order);
        if (name.equals("decade") || name.equals("list")) {
            next.removeIf(o -> o.startsWith(name + "="));
        }
        // a theme is in one of all/any/none at a time
        if (name.equals("all") || name.equals("any") || name.equals("none")) {
            next.removeIf(o -> o.equals("all=" + value) || o.equals("any=" + value) || o.equals("none=" + value));
        }
        next.add(name + "=" + value);
        return build(next, sort, 1);
    }

    public String without(String name, String value) {
        List<String> next = new ArrayList<>(order);
        next.remove(name + "=" + value);
        return build(next, sort, 1);
    }

    public String withoutLast() {
        List<String> next = new ArrayList<>(order);
        if (!next.isEmpty()) {
            next.remove(next.size() - 1);
        }
        return build(next, sort, 1);
    }

    /** The last filter added, as shown to the reader: e.g. "decade=1970". */
    public String last() {
        return order.isEmpty() ? null : order.get(order.size() - 1);
    }

    /** @param sort a {@link Sort} name, e.g. "YEAR" */
    public String sortedBy(String sort) {
        return build(order, Sort.valueOf(sort), 1);
    }

    public String atPage(int n) {
        return build(order, sort, n);
    }

    public boolean has(String name, String value) {
        return order.contains(name + "=" + value);
    }

    /** The active filters, each with the URL that removes it. */
    public List<Active> active() {
        List<Active> out = new ArrayList<>();
        for (String o : order) {
            int eq = o.indexOf('=');
            out.add(new Active(o.substring(0, eq), o.substring(eq + 1), without(o.substring(0, eq), o.substring(eq + 1))));
        }
        return out;
    }

    public record Active(String name, String value, String removeUrl) {
    }

    private static String build(List<String> filters, Sort sort, int page) {
        StringBuilder url = new StringBuilder("/films");
        Consumer<String> add = part -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(part);
        for (String f : filters) {
            int eq = f.indexOf('=');
            add.accept(f.substring(0, eq) + "=" + URLEncoder.encode(f.substring(eq + 1), StandardCharsets.UTF_8));
        }
        if (sort != null) {
            add.accept("sort=" + sort.param());
        }
        if (page > 1) {
            add.accept("page=" + page);
        }
        return url.toString();
    }
}
