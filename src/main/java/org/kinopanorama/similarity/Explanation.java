package org.kinopanorama.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    Explanation scaled(double factor) {
        return new Explanation(reasons.stream()
                .map(r -> new Reason(r.kind(), r.feature(), r.contribution() * factor)).toList());
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

    /** Human-readable line, e.g. {@code Both: world-war-ii, betrayal · both on 'betrayal' · shared words: scout}. */
    public String summary(int perKind) {
        List<String> parts = new ArrayList<>();
        List<String> themes = features(Kind.THEME);
        if (!themes.isEmpty()) {
            parts.add("Both: " + String.join(", ", themes.subList(0, Math.min(perKind, themes.size()))));
        }
        List<String> lists = features(Kind.LIST);
        if (!lists.isEmpty()) {
            parts.add("both on " + lists.subList(0, Math.min(perKind, lists.size())).stream()
                    .map(l -> "'" + l + "'").collect(Collectors.joining(", ")));
        }
        List<String> words = features(Kind.TEXT);
        if (!words.isEmpty()) {
            parts.add("shared words: " + String.join(", ", words.subList(0, Math.min(perKind, words.size()))));
        }
        return String.join(" · ", parts);
    }
}
