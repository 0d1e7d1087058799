package org.kinopanorama.catalog.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The filters of the film list, as they stand in its URL so that a view can be bookmarked and shared:
 * {@code /films?all=war&all=betrayal&none=comedy&decade=1970&director=42&animation=exclude&sort=rating&page=2}.
 * Themes are sets (all of / any of / none of); every other facet holds one value, a new one replacing the old.
 * Values that cannot be right (an unknown sort, a decade that is not one) are dropped, never an error; the
 * {@link #url()} of what is left is the canonical address of the view (see {@link #isCanonical}).
 *
 * @param chosen the one-value facets by name (decade, list, genre, country, director, studio, topic, runtime, animation,
 *               source: the films a dataset brought, e.g. "sbc")
 * @param order  the filters in the order they were given, as "name=value", so that "remove the last filter" is exact
 */
public record FilmFilter(Set<String> all, Set<String> any, Set<String> none, Map<String, String> chosen, Sort sort,
                         int page, int pageSize, List<String> order) {
    private static final int MAX_THEMES = 10;

    /** The one-value facets and the values each can take (anything else is dropped). */
    static final Map<String, Pattern> FACETS = Map.of(
            "decade", Pattern.compile("1[89][0-9]0|20[0-9]0"),
            "list", Pattern.compile("[a-z0-9-]{1,80}"),
            "genre", Pattern.compile("[a-z_]{1,40}"),
            "country", Pattern.compile("[A-Z]{2,6}"),
            "director", Pattern.compile("[1-9][0-9]{0,17}"),
            "studio", Pattern.compile("[1-9][0-9]{0,17}"),
            "topic", Pattern.compile("[a-z0-9-]{1,80}"),
            "runtime", Pattern.compile(Arrays.stream(Runtime.values()).map(Runtime::param).collect(Collectors.joining("|"))),
            "animation", Pattern.compile("exclude"),
            "source", Pattern.compile("[a-z0-9-]{1,40}"));

    public enum Sort {
        POPULARITY, RATING, YEAR, TITLE, RELEVANCE;

        public String param() {
            return name().toLowerCase();
        }
    }

    /** The runtime facet's buckets, in minutes (both ends included). */
    public enum Runtime {
        SHORT("under-60", 0, 59), MEDIUM("60-89", 60, 89), FEATURE("90-119", 90, 119), LONG("120-plus", 120, 100_000);

        public final int from;
        public final int to;
        private final String param;

        Runtime(String param, int from, int to) {
            this.param = param;
            this.from = from;
            this.to = to;
        }

        public String param() {
            return param;
        }

        static Runtime of(String param) {
            return Arrays.stream(values()).filter(r -> r.param.equals(param)).findFirst().orElse(null);
        }
    }

    /** From query parameters in the order they appeared; parameters that are not filters are ignored. */
    public static FilmFilter parse(List<Map.Entry<String, String>> params, int pageSize) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> any = new LinkedHashSet<>();
        Set<String> none = new LinkedHashSet<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        Sort sort = null;
        int page = 1;
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, String> p : params) {
            String name = p.getKey();
            String value = p.getValue() == null ? "" : p.getValue().strip();
            if (value.length() > 100) {
                continue;
            }
            switch (name) {
                case "all", "any", "none" -> {
                    if (!isSlug(value)) {
                        continue;
                    }
                    Set<String> target = switch (name) {
                        case "all" -> all;
                        case "any" -> any;
                        default -> none;
                    };
                    if (target.size() < MAX_THEMES && !all.contains(value) && !any.contains(value)
                            && !none.contains(value) && target.add(value)) {
                        order.add(name + "=" + value);
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
                    Pattern valid = FACETS.get(name);
                    if (valid != null && valid.matcher(value).matches()) {
                        chosen.put(name, value);
                        order.removeIf(o -> o.startsWith(name + "="));
                        order.add(name + "=" + value);
                    }
                    // other parameters are not filters
                }
            }
        }
        return new FilmFilter(Set.copyOf(all), Set.copyOf(any), Set.copyOf(none), Map.copyOf(chosen),
                sort, page, pageSize, List.copyOf(order));
    }

    private static boolean isSlug(String value) {
        return value.matches("[a-z0-9-]{1,80}");
    }

    /** The value of a one-value facet, or null. */
    public String chosen(String name) {
        return chosen.get(name);
    }

    public Integer decade() {
        String d = chosen.get("decade");
        return d == null ? null : Integer.valueOf(d);
    }

    public String list() {
        return chosen.get("list");
    }

    public Runtime runtime() {
        return Runtime.of(chosen.get("runtime"));
    }

    public boolean excludesAnimation() {
        return chosen.containsKey("animation");
    }

    /** Relevance (the strength of the chosen themes) when themes are chosen, else popularity. */
    public Sort effectiveSort() {
        if (sort != null && (sort != Sort.RELEVANCE || themed())) {
            return sort;
        }
        return themed() ? Sort.RELEVANCE : Sort.POPULARITY;
    }

    /** Whether themes are chosen to be included: only then does relevance order differ from popularity. */
    public boolean themed() {
        return !all.isEmpty() || !any.isEmpty();
    }

    /** This filter without the facet of that name, e.g. to count what each of its values would give. */
    public FilmFilter without(String name) {
        List<Map.Entry<String, String>> rest = new ArrayList<>();
        for (String o : order) {
            int eq = o.indexOf('=');
            if (!o.substring(0, eq).equals(name)) {
                rest.add(Map.entry(o.substring(0, eq), o.substring(eq + 1)));
            }
        }
        return parse(rest, pageSize);
    }

    /**
     * Whether the filter parameters of a query, in their order, are this filter's canonical address: no duplicate,
     * no dropped value, sort and page last. Parameters that are not filters (e.g. a campaign's) do not count.
     */
    public boolean isCanonical(List<Map.Entry<String, String>> params) {
        StringBuilder given = new StringBuilder("/films");
        for (Map.Entry<String, String> p : params) {
            String name = p.getKey();
            if (name.equals("all") || name.equals("any") || name.equals("none") || name.equals("sort")
                    || name.equals("page") || FACETS.containsKey(name)) {
                given.append(given.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(p.getValue() == null ? "" : p.getValue(), StandardCharsets.UTF_8));
            }
        }
        return given.toString().equals(url());
    }

    public boolean isEmpty() {
        return order.isEmpty();
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    // --- URLs for the links of the page: every change starts again at page 1 ---

    public String url() {
        return build(order, shownSort(), page);
    }

    /** The sort the URL names: relevance only while themes are chosen (else it means nothing). */
    private Sort shownSort() {
        return sort == Sort.RELEVANCE && !themed() ? null : sort;
    }

    public String with(String name, String value) {
        List<String> next = new ArrayList<>(order);
        if (FACETS.containsKey(name)) {
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
        return build(order, shownSort(), n);
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
        if (sort != null && (sort != Sort.RELEVANCE
                || filters.stream().anyMatch(f -> f.startsWith("all=") || f.startsWith("any=")))) {
            add.accept("sort=" + sort.param());
        }
        if (page > 1) {
            add.accept("page=" + page);
        }
        return url.toString();
    }
}
