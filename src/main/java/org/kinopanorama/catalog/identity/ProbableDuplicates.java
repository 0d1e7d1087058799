package org.kinopanorama.catalog.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairs of films that are probably one film, with their evidence and a score, read on a JDBC connection.
 * Two ways a pair is found: a person credited on one film is named in the other's texts (a curated list's
 * description or fact: "Alov" there, «Александр Алов» in the credits, surnames compared through the title
 * matcher's romanisation, loosely: "Vasilyev" = «Васильев» = "Vasiliev"; only capitalised words, not a word of the
 * film's own titles, and where the text gives a given name it must start like the person's: "Alexander Ostrovsky"
 * is not «Григорий Островский»), or the two share a title key. Only
 * pairs that may be one film are kept: years within one, no dataset with a record of both, no differing ids,
 * not said by a curator to be two films.
 *
 * A third way: a curated list's English title says word for word what the other film's Cyrillic title says
 * ({@link TitleTranslation}: "The Dawns Here Are Quiet" and «А зори здесь тихие»).
 *
 * <p>Score (0..1): year equal 0.3, one apart 0.2; a director or screenwriter named 0.4, only cast 0.2; one side
 * named only in Latin letters and the other only in Cyrillic 0.15; a title key in common 0.3; titles that translate
 * each other 0.4; a theme or genre in common 0.1. <b>Strong</b> (merged automatically during imports): years within
 * one, a credited director or screenwriter named in the list's text or the titles translating each other, and
 * neither film has another strong candidate (no rival; for translated titles, no other translated title).
 */
public final class ProbableDuplicates {

    /** Surnames shorter than this are too common as words to count as evidence ("Ray", "Bo"). */
    static final int MIN_SURNAME = 4;

    private ProbableDuplicates() {
    }

    /**
     * @param textFilm the film whose list text names the person (or the first of a title pair)
     * @param other    the film credited (or the second of a title pair)
     * @param evidence what speaks for the pair, as a curator reads it
     * @param strong   merged automatically when there is no rival
     */
    public record Pair(long textFilm, String textTitle, Integer textYear, long other, String otherTitle, Integer otherYear,
                       double score, List<String> evidence, boolean strong) {
        public String scoreText() {
            return String.format(Locale.ROOT, "%.2f", score);
        }

        public long low() {
            return Math.min(textFilm, other);
        }

        public long high() {
            return Math.max(textFilm, other);
        }
    }

    /** Every pair, best first. {@code textFilms}: only pairs whose list text is of these films (null: all). */
    public static List<Pair> find(Connection c, Collection<Long> textFilms) throws SQLException {
        Map<Long, String> texts = texts(c, textFilms);
        Map<Long, Map<String, Credit>> byPair = new HashMap<>();
        Map<Long, Map<Long, List<Credit>>> named = new HashMap<>();
        if (!texts.isEmpty()) {
            Set<String> surnames = new HashSet<>();
            texts.values().forEach(text -> mentions(text).forEach(m -> surnames.add(m.surname())));
            Map<String, List<Credit>> bySurname = credits(c, surnames);
            Map<Long, Set<String>> titleWords = titleWords(c, texts.keySet());
            for (Map.Entry<Long, String> t : texts.entrySet()) {
                Set<String> own = titleWords.getOrDefault(t.getKey(), Set.of());
                for (Mention m : mentions(t.getValue())) {
                    if (own.contains(m.surname)) {
                        continue; // "Berlin" in the text of "The Fall of Berlin" names the city, not a person
                    }
                    for (Credit cr : bySurname.getOrDefault(m.surname, List.of())) {
                        if (cr.film != t.getKey() && m.agreesWith(cr.given)) {
                            named.computeIfAbsent(t.getKey(), k -> new HashMap<>()).computeIfAbsent(cr.film, k -> new ArrayList<>()).add(cr);
                        }
                    }
                }
            }
        }
        Map<Long, Set<Long>> titled = sharedTitles(c, textFilms);
        Map<Long, Map<Long, String>> translated = texts.isEmpty() ? Map.of() : translatedTitles(c, texts.keySet());
        Set<Long> films = new HashSet<>();
        named.forEach((a, m) -> {
            films.add(a);
            films.addAll(m.keySet());
        });
        titled.forEach((a, s) -> {
            films.add(a);
            films.addAll(s);
        });
        translated.forEach((a, m) -> {
            films.add(a);
            films.addAll(m.keySet());
        });
        if (films.isEmpty()) {
            return List.of();
        }
        Map<Long, FilmLookup.Facts> facts = FilmLookup.facts(c, films);
        Map<Long, Shown> shown = shown(c, films);

        Map<String, Pair> pairs = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<long[]> all = new ArrayList<>();
        named.forEach((a, m) -> m.keySet().forEach(b -> all.add(new long[] {a, b})));
        titled.forEach((a, s) -> s.forEach(b -> all.add(new long[] {a, b})));
        translated.forEach((a, m) -> m.keySet().forEach(b -> all.add(new long[] {a, b})));
        Set<String> byTranslation = new HashSet<>();
        for (long[] ab : all) {
            long a = ab[0], b = ab[1];
            String key = Math.min(a, b) + ":" + Math.max(a, b);
            if (!seen.add(key)) {
                continue;
            }
            FilmLookup.Facts fa = facts.get(a), fb = facts.get(b);
            Shown sa = shown.get(a), sb = shown.get(b);
            if (fa == null || fb == null || sa == null || sb == null || !FilmLookup.compatible(fa.asCandidate(), fb.asCandidate())) {
                continue;
            }
            int distance = yearDistance(fa.years(), fb.years());
            if (distance > 1) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            double score = distance == 0 ? 0.3 : 0.2;
            evidence.add(distance == 0 ? "same year" : "years one apart");
            boolean writerOrDirector = false;
            List<Credit> names = new ArrayList<>();
            names.addAll(named.getOrDefault(a, Map.of()).getOrDefault(b, List.of()));
            names.addAll(named.getOrDefault(b, Map.of()).getOrDefault(a, List.of()));
            if (!names.isEmpty()) {
                Set<String> said = new LinkedHashSet<>();
                for (Credit cr : names) {
                    writerOrDirector |= !cr.role.equals("cast");
                    said.add(cr.role + " " + cr.name);
                }
                score += writerOrDirector ? 0.4 : 0.2;
                evidence.add("named in the list's text: " + String.join(", ", said));
            }
            if ((sa.latinOnly && sb.cyrillicOnly) || (sa.cyrillicOnly && sb.latinOnly)) {
                score += 0.15;
                evidence.add("one named only in Latin letters, the other only in Cyrillic");
            }
            if (titled.getOrDefault(a, Set.of()).contains(b) || titled.getOrDefault(b, Set.of()).contains(a)) {
                score += 0.3;
                evidence.add("a title in common");
            }
            String translation = translated.getOrDefault(a, Map.of()).getOrDefault(b, translated.getOrDefault(b, Map.of()).get(a));
            if (translation != null) {
                score += 0.4;
                evidence.add("the titles translate each other: " + translation);
                byTranslation.add(key);
            }
            Set<String> common = new LinkedHashSet<>(sa.themes);
            common.retainAll(sb.themes);
            if (!common.isEmpty()) {
                score += 0.1;
                evidence.add("both: " + String.join(", ", common));
            }
            boolean textSideA = texts.containsKey(a) && (!names.isEmpty() && named.containsKey(a) && named.get(a).containsKey(b)
                    || translated.containsKey(a) && translated.get(a).containsKey(b));
            long t = textSideA || !texts.containsKey(b) ? a : b;
            long o = t == a ? b : a;
            Shown st = shown.get(t), so = shown.get(o);
            pairs.put(key, new Pair(t, st.title, st.year, o, so.title, so.year, Math.min(1.0, score), evidence,
                    writerOrDirector || translation != null));
        }
        // a rival: another strong candidate for either film; then neither is merged automatically. A translated title
        // outweighs a named person: its rivals are only other translated titles (the screenwriter the list names wrote
        // three films that year, only one of them is called «А зори здесь тихие»)
        Map<Long, Integer> strongCount = new HashMap<>();
        Map<Long, Integer> translatedCount = new HashMap<>();
        pairs.forEach((key, p) -> {
            if (p.strong()) {
                strongCount.merge(p.textFilm(), 1, Integer::sum);
                strongCount.merge(p.other(), 1, Integer::sum);
            }
            if (byTranslation.contains(key)) {
                translatedCount.merge(p.textFilm(), 1, Integer::sum);
                translatedCount.merge(p.other(), 1, Integer::sum);
            }
        });
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<String, Pair> e : pairs.entrySet()) {
            Pair p = e.getValue();
            Map<Long, Integer> rivals = byTranslation.contains(e.getKey()) ? translatedCount : strongCount;
            boolean rival = rivals.getOrDefault(p.textFilm(), 0) > 1 || rivals.getOrDefault(p.other(), 0) > 1;
            if (p.strong() && rival) {
                List<String> ev = new ArrayList<>(p.evidence());
                ev.add("not merged automatically: a rival candidate");
                p = new Pair(p.textFilm(), p.textTitle(), p.textYear(), p.other(), p.otherTitle(), p.otherYear(), p.score(), ev, false);
            }
            out.add(p);
        }
        out.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingLong(Pair::low).thenComparingLong(Pair::high));
        return out;
    }

    /**
     * Merges every strong pair (the film named in Cyrillic into the one on the curated list, whose address
     * readers know), recording each merge as automatic; returns what was merged. Order independent: run after
     * every import, whichever came second finds the pair.
     */
    public static List<Pair> mergeStrong(Connection c, Collection<Long> textFilms, String actor, String origin) throws SQLException {
        List<Pair> merged = new ArrayList<>();
        for (Pair p : find(c, textFilms)) {
            if (!p.strong()) {
                continue;
            }
            if (FilmMerger.merge(c, p.textFilm(), p.other(), actor, origin, true, "probable duplicate, score " + p.scoreText()
                    + ": " + String.join("; ", p.evidence())).isPresent()) {
                merged.add(p);
            }
        }
        if (!merged.isEmpty()) {
            FilmConsolidation.apply(c, merged.stream().map(Pair::textFilm).toList());
        }
        return merged;
    }

    private static int yearDistance(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        for (int x : a) {
            for (int y : b) {
                best = Math.min(best, Math.abs(x - y));
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ names across scripts

    /**
     * A word or surname in a loose Latin form: romanised like titles (BGN for Cyrillic), then y and i, ie and e
     * made one, so that the spellings English references use meet BGN's ("Vasilyev", "Vasiliev", «Васильев»;
     * "Tarkovsky", «Тарковский»).
     */
    static String loose(String word) {
        String s = TitleMatcher.normalize(word).replace(" ", "");
        s = s.replace('y', 'i').replace("ii", "i").replace("ie", "e").replace("yo", "e");
        return s;
    }

    static Set<String> looseWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : TitleMatcher.normalize(text).split(" ")) {
            if (w.length() >= MIN_SURNAME) {
                out.add(loose(w));
            }
        }
        return out;
    }

    /** The surname of a credited person: see {@link #nameParts}. */
    static String surname(String name) {
        return nameParts(name)[0];
    }

    /**
     * Surname and given name (null when not known) of a credited person: "Александр Алов" (given first, surname
     * last), "Васильев, Михаил Павлович" (surname, then the given names), or a dataset key "alov-aleksandr".
     */
    static String[] nameParts(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0) {
            String[] given = n.substring(comma + 1).strip().split("\\s+");
            return new String[] {n.substring(0, comma).strip(), given[0].isEmpty() ? null : given[0]};
        }
        if (!n.contains(" ") && n.contains("-") && n.equals(n.toLowerCase(Locale.ROOT))) {
            String[] parts = n.split("-");
            return new String[] {parts[0], parts.length > 1 ? parts[1] : null};
        }
        String[] words = n.split("\\s+");
        return new String[] {words[words.length - 1], words.length > 1 ? words[0] : null};
    }

    /**
     * A capitalised word of a text that may be a surname, with the capitalised word just before it (a given name:
     * "Alexander Alov"), if any.
     */
    record Mention(String surname, String given) {
        /** The text's given name, if it gives one, starts like the person's ("Alexander" and «Александр»). */
        boolean agreesWith(String personGiven) {
            if (given == null || personGiven == null) {
                return true;
            }
            String a = loose(given);
            String b = loose(personGiven);
            return a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
        }
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    /** The capitalised words of a text (a possessive "Ostrovsky's" counts as "Ostrovsky"), in loose form. */
    static List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text == null ? "" : text);
        String previous = null;
        int previousEnd = -1;
        while (m.find()) {
            String word = m.group().replaceAll("['’]s$", "").replaceAll("['’-]+$", "");
            boolean adjacent = previous != null && text.substring(previousEnd, m.start()).isBlank();
            boolean afterArticle = adjacent && ARTICLES.contains(previous.toLowerCase(Locale.ROOT));
            // "a German officer", "the Russian army": an article before a capitalised word says it is not a name
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !afterArticle) {
                String key = loose(word);
                if (key.length() >= MIN_SURNAME) {
                    String given = adjacent && Character.isUpperCase(previous.codePointAt(0)) ? previous : null;
                    out.add(new Mention(key, given));
                }
            }
            previous = word.isEmpty() ? null : word;
            previousEnd = m.end();
        }
        return out;
    }

    // ------------------------------------------------------------------ reading

    private record Credit(long film, String role, String name, String given) {
    }

    private record Shown(String title, Integer year, boolean latinOnly, boolean cyrillicOnly, Set<String> themes) {
    }

    private static Map<Long, String> texts(Connection c, Collection<Long> films) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        String sql = "SELECT film_id, string_agg(coalesce(description, '') || ' ' || coalesce(fact, ''), ' ') FROM list_entry"
                + (films == null ? "" : " WHERE film_id = ANY(?)") + " GROUP BY film_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (films != null) {
                ps.setArray(1, c.createArrayOf("bigint", films.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * The credits of the people whose surname the texts mention, by surname key: the people are read by name first
     * (one narrow table), and only theirs of the credits, so a list of five films does not read every credit of a
     * large catalogue.
     */
    private static Map<String, List<Credit>> credits(Connection c, Set<String> surnames) throws SQLException {
        Map<String, List<Credit>> out = new HashMap<>();
        if (surnames.isEmpty()) {
            return out;
        }
        Map<Long, Map<String, String>> keysOf = new HashMap<>();
        Map<Long, String> nameOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, name_original FROM person");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, String> keys = new HashMap<>();
                for (String column : List.of("name", "name_original")) {
                    String n = rs.getString(column);
                    if (n != null && !n.isBlank()) {
                        String[] parts = nameParts(n);
                        String s = loose(parts[0]);
                        if (s.length() >= MIN_SURNAME && surnames.contains(s)) {
                            keys.putIfAbsent(s, parts[1]);
                        }
                    }
                }
                if (!keys.isEmpty()) {
                    keysOf.put(rs.getLong("id"), keys);
                    nameOf.put(rs.getLong("id"), rs.getString("name"));
                }
            }
        }
        if (keysOf.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT film_id, role, person_id FROM film_person WHERE person_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", keysOf.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long person = rs.getLong("person_id");
                    for (Map.Entry<String, String> k : keysOf.get(person).entrySet()) {
                        out.computeIfAbsent(k.getKey(), x -> new ArrayList<>())
                                .add(new Credit(rs.getLong("film_id"), rs.getString("role"), nameOf.get(person), k.getValue()));
                    }
                }
            }
        }
        return out;
    }

    /** The words of every title of these films, in loose form. */
    private static Map<Long, Set<String>> titleWords(Connection c, Collection<Long> films) throws SQLException {
        Map<Long, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT film_id, title FROM film_title WHERE film_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", films.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).addAll(looseWords(rs.getString(2)));
                }
            }
        }
        return out;
    }

    /**
     * Films of a curated list (by id) and the films named in Cyrillic whose title its English title translates
     * ({@link TitleTranslation}), with the words that answer each other; only films whose years are at most two
     * apart here (the pair's years are checked again with every claim).
     */
    private static Map<Long, Map<Long, String>> translatedTitles(Connection c, Collection<Long> listFilms) throws SQLException {
        Map<Long, List<Set<List<String>>>> english = new HashMap<>();
        Map<Long, Integer> yearOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.film_id, t.title, f.year FROM film_title t JOIN film f ON f.id = t.film_id
                WHERE t.film_id = ANY(?) AND t.title !~ '[А-Яа-яЁё]' AND f.year IS NOT NULL""")) {
            ps.setArray(1, c.createArrayOf("bigint", listFilms.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<List<String>> forms = TitleTranslation.english(rs.getString("title"));
                    if (!forms.isEmpty()) {
                        english.computeIfAbsent(rs.getLong("film_id"), k -> new ArrayList<>()).add(forms);
                        yearOf.put(rs.getLong("film_id"), rs.getInt("year"));
                    }
                }
            }
        }
        Map<Long, Map<Long, String>> out = new HashMap<>();
        if (english.isEmpty()) {
            return out;
        }
        Set<Integer> years = new HashSet<>();
        yearOf.values().forEach(y -> {
            for (int d = -2; d <= 2; d++) {
                years.add(y + d);
            }
        });
        Map<Integer, List<RussianTitle>> russianByYear = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.film_id, t.title, f.year FROM film_title t JOIN film f ON f.id = t.film_id
                WHERE f.year = ANY(?) AND t.title ~ '[А-Яа-яЁё]'""")) {
            ps.setArray(1, c.createArrayOf("integer", years.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<List<String>> forms = TitleTranslation.russian(rs.getString("title"));
                    if (!forms.isEmpty()) {
                        russianByYear.computeIfAbsent(rs.getInt("year"), k -> new ArrayList<>())
                                .add(new RussianTitle(rs.getLong("film_id"), forms));
                    }
                }
            }
        }
        for (Map.Entry<Long, List<Set<List<String>>>> e : english.entrySet()) {
            long film = e.getKey();
            int year = yearOf.get(film);
            Map<Long, String> found = new HashMap<>();
            for (int d = -2; d <= 2; d++) {
                for (RussianTitle r : russianByYear.getOrDefault(year + d, List.of())) {
                    if (r.film() == film || found.containsKey(r.film())) {
                        continue;
                    }
                    for (Set<List<String>> en : e.getValue()) {
                        var said = TitleTranslation.explain(en, r.words());
                        if (said.isPresent()) {
                            found.put(r.film(), said.get());
                            break;
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                out.put(film, found);
            }
        }
        return out;
    }

    private record RussianTitle(long film, Set<List<String>> words) {
    }

    /** Pairs of films sharing a title key, a pair once (the lower id first). */
    private static Map<Long, Set<Long>> sharedTitles(Connection c, Collection<Long> films) throws SQLException {
        Map<Long, Set<Long>> out = new HashMap<>();
        String sql = "SELECT DISTINCT a.film_id, b.film_id FROM film_match_key a JOIN film_match_key b ON b.match_key = a.match_key AND b.film_id > a.film_id"
                + (films == null ? "" : " WHERE a.film_id = ANY(?) OR b.film_id = ANY(?)");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (films != null) {
                ps.setArray(1, c.createArrayOf("bigint", films.toArray()));
                ps.setArray(2, c.createArrayOf("bigint", films.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static Map<Long, Shown> shown(Connection c, Set<Long> films) throws SQLException {
        Map<Long, Shown> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT f.id, f.title, f.year,
                       bool_and(t.title !~ '[А-Яа-яЁё]') AND bool_or(t.title ~ '[A-Za-z]') AS latin_only,
                       bool_and(t.title !~ '[A-Za-z]') AND bool_or(t.title ~ '[А-Яа-яЁё]') AS cyrillic_only,
                       ARRAY(SELECT th.label_en FROM film_theme ft JOIN theme th ON th.id = ft.theme_id WHERE ft.film_id = f.id
                             UNION SELECT g.genre FROM film_genre g WHERE g.film_id = f.id) AS themes
                FROM film f LEFT JOIN film_title t ON t.film_id = f.id
                WHERE f.id = ANY(?) GROUP BY f.id""")) {
            ps.setArray(1, c.createArrayOf("bigint", films.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int y = rs.getInt("year");
                    Integer year = rs.wasNull() ? null : y;
                    Set<String> themes = new HashSet<>();
                    for (Object o : (Object[]) rs.getArray("themes").getArray()) {
                        themes.add(o.toString().toLowerCase(Locale.ROOT).replace('_', ' '));
                    }
                    out.put(rs.getLong("id"), new Shown(rs.getString("title"), year, rs.getBoolean("latin_only"),
                            rs.getBoolean("cyrillic_only"), themes));
                }
            }
        }
        return out;
    }
}
