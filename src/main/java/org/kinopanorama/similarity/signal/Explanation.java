package org.kinopanorama.similarity.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Why two films are similar: the shared features with their contribution to the score, largest first
 * (ties: kind, then feature name). Contributions are non-negative; for a single similarity they sum to at most
 * its score.
 */
public record Explanation(List<Reason> reasons) {

    /** ATTRIBUTE: a shared {@code kind:value} of {@link FilmFeatures#attributes()}; BEHAVIOUR: saved together. */
    public enum Kind { THEME, LIST, TEXT, ATTRIBUTE, BEHAVIOUR }

    /** One shared feature and how much it contributed. */
    public record Reason(Kind kind, String feature, double contribution) {
    }

    private static final Comparator<Reason> ORDER = Comparator.comparingDouble(Reason::contribution).reversed()
            .thenComparing(Reason::kind).thenComparing(Reason::feature);

    public Explanation {
        List<Reason> sorted = new ArrayList<>(reasons);
        sorted.sort(ORDER);
        reasons = List.copyOf(sorted);
    }

    public static Explanation empty() {
        return new Explanation(List.of());
    }

    public boolean isEmpty() {
        return reasons.isEmpty();
    }

    /** The {@code n} largest reasons. */
    public Explanation top(int n) {
        return new Explanation(reasons.subList(0, Math.min(n, reasons.size())));
    }

    /** Reasons of one kind, largest first. */
    public List<Reason> of(Kind kind) {
        return reasons.stream().filter(r -> r.kind() == kind).toList();
    }

    public List<String> features(Kind kind) {
        return of(kind).stream().map(Reason::feature).toList();
    }

    public Explanation scaled(double factor) {
        return new Explanation(reasons.stream()
                .map(r -> new Reason(r.kind(), r.feature(), r.contribution() * factor)).toList());
    }

    /**
     * {@code merge} of the parts each scaled by its factor; when no kind occurs in two parts (the built-in blends),
     * without the look-ups of a merge.
     */
    static Explanation merge(List<Explanation> parts, double[] factors) {
        EnumSet<Kind> seen = EnumSet.noneOf(Kind.class);
        boolean distinct = true;
        int size = 0;
        for (Explanation e : parts) {
            EnumSet<Kind> here = EnumSet.noneOf(Kind.class);
            for (Reason r : e.reasons()) {
                here.add(r.kind());
            }
            for (Kind k : here) {
                distinct &= seen.add(k);
            }
            size += e.reasons().size();
        }
        if (!distinct) {
            List<Explanation> scaled = new ArrayList<>(parts.size());
            for (int p = 0; p < parts.size(); p++) {
                scaled.add(parts.get(p).scaled(factors[p]));
            }
            return merge(scaled);
        }
        List<Reason> all = new ArrayList<>(size);
        for (int p = 0; p < parts.size(); p++) {
            for (Reason r : parts.get(p).reasons()) {
                all.add(new Reason(r.kind(), r.feature(), r.contribution() * factors[p]));
            }
        }
        return new Explanation(all);
    }

    /** Sums the contributions of identical (kind, feature) reasons. */
    static Explanation merge(List<Explanation> parts) {
        Map<String, Reason> acc = new LinkedHashMap<>();
        for (Explanation e : parts) {
            for (Reason r : e.reasons()) {
                acc.merge(r.kind() + "\u0000" + r.feature(), r,
                        (x, y) -> new Reason(x.kind(), x.feature(), x.contribution() + y.contribution()));
            }
        }
        return new Explanation(new ArrayList<>(acc.values()));
    }

    /**
     * Human-readable line built from the largest reasons of each kind, e.g.
     * {@code Both: world-war-ii, betrayal · both on 'betrayal' · same director · genre: drama · often saved together
     * · shared words: scout}. Features are shown as they are (slugs, ids); see
     * {@link #summary(int, BiFunction)} to show labels instead.
     */
    public String summary(int perKind) {
        return summary(perKind, (kind, feature) -> feature);
    }

    /**
     * As {@link #summary(int)}, with {@code label} turning a feature into what a reader sees: a theme slug into its
     * label, a list id into its title, an attribute ({@code genre:drama}) into its value's label. People, studios and
     * decades are named by their kind only ("same director", "shared cast"): the line says why, the page says who.
     */
    public String summary(int perKind, BiFunction<Kind, String, String> label) {
        List<String> parts = new ArrayList<>();
        List<String> themes = labelled(Kind.THEME, perKind, label);
        if (!themes.isEmpty()) {
            parts.add("Both: " + String.join(", ", themes));
        }
        List<String> lists = labelled(Kind.LIST, perKind, label);
        if (!lists.isEmpty()) {
            parts.add("both on " + lists.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", ")));
        }
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Reason r : of(Kind.ATTRIBUTE)) {
            byKind.computeIfAbsent(AttributeSimilarity.kind(r.feature()), k -> new ArrayList<>()).add(r.feature());
        }
        byKind.forEach((kind, attributes) -> parts.add(attributePhrase(kind, attributes.stream()
                .limit(perKind).map(a -> shown(a, label.apply(Kind.ATTRIBUTE, a))).toList())));
        if (!of(Kind.BEHAVIOUR).isEmpty()) {
            parts.add("often saved together");
        }
        List<String> words = labelled(Kind.TEXT, perKind, label);
        if (!words.isEmpty()) {
            parts.add("shared words: " + String.join(", ", words));
        }
        return String.join(" · ", parts);
    }

    private List<String> labelled(Kind kind, int perKind, BiFunction<Kind, String, String> label) {
        return features(kind).stream().limit(perKind).map(f -> label.apply(kind, f)).toList();
    }

    /** An attribute's label, or its value when it has none ({@code drama} for {@code genre:drama}). */
    private static String shown(String attribute, String label) {
        return label.equals(attribute) ? AttributeSimilarity.value(attribute) : label;
    }

    private static String attributePhrase(String kind, List<String> values) {
        return switch (kind) {
            case "cast" -> "shared cast";
            case "genre" -> "genre: " + String.join(", ", values);
            case "tag" -> "tagged " + String.join(", ", values);
            default -> "same " + kind;
        };
    }
}
