package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.FilmFeatures;
import org.kinopanorama.similarity.signal.TextTokens;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small fixture modelled on the seed catalogue. */
public final class Fixtures {

    public static final long ASCENT = 1, STAR = 2, IRONY = 3, MOSCOW = 4, CRANES = 5, COME_AND_SEE = 6, OFFICE_ROMANCE = 7,
            STALKER = 8, EMPTY = 9;

    private Fixtures() {
    }

    public static FilmFeatures film(long id, Map<String, Double> themes, Map<String, Integer> lists, String text) {
        return new FilmFeatures(id, themes, lists, TextTokens.of(text));
    }

    public static FilmFeatures film(long id, Map<String, Double> themes, Map<String, Integer> lists, String text,
                             String... attributes) {
        return new FilmFeatures(id, themes, lists, TextTokens.of(text), Set.of(attributes));
    }

    /** Watchlist-like baskets over {@link #soviet()}: war films saved together, comedies saved together. */
    public static Map<String, List<Long>> baskets() {
        return Map.of(
                "w1", List.of(ASCENT, COME_AND_SEE, CRANES),
                "w2", List.of(ASCENT, COME_AND_SEE, STAR),
                "w3", List.of(COME_AND_SEE, ASCENT),
                "w4", List.of(IRONY, OFFICE_ROMANCE, MOSCOW),
                "w5", List.of(IRONY, OFFICE_ROMANCE, OFFICE_ROMANCE),
                "w6", List.of(STALKER),
                "w7", List.of(42L, 43L));
    }

    public static List<FilmFeatures> soviet() {
        return List.of(
                film(ASCENT, Map.of("betrayal", 0.79, "world-war-ii", 0.58, "survival", 0.35),
                        Map.of("betrayal", 3, "war-classics", 30),
                        "Two partisans search for food behind enemy lines in winter; one is captured and betrays",
                        "director:shepitko", "studio:mosfilm", "decade:1970", "genre:war", "genre:drama"),
                film(STAR, Map.of("war", 0.73, "betrayal", 0.68),
                        Map.of("betrayal", 3, "war-classics", 30),
                        "Scouts behind enemy lines; betrayal"),
                film(IRONY, Map.of("comedy", 0.58, "new-year", 0.48, "love", 0.35, "betrayal", 0.25),
                        Map.of("new-year-films", 10, "comedies", 30),
                        "On New Year's Eve a surgeon gets drunk and flies to Leningrad by mistake, where he finds love",
                        "director:ryazanov", "studio:mosfilm", "decade:1970", "genre:comedy", "cast:myagkov"),
                film(MOSCOW, Map.of("love", 0.58, "women", 0.35),
                        Map.of("true-love", 5),
                        "Three young women come to Moscow looking for love and work"),
                film(CRANES, Map.of("love", 0.62, "world-war-ii", 0.70, "war", 0.55),
                        Map.of("war-classics", 30, "true-love", 5),
                        "A young woman waits for her lover who has gone to the front in the war",
                        "director:kalatozov", "studio:mosfilm", "decade:1950", "genre:war", "genre:drama"),
                film(COME_AND_SEE, Map.of("world-war-ii", 0.90, "war", 0.80, "survival", 0.50),
                        Map.of("war-classics", 30),
                        "A boy joins the partisans in occupied Belarus and witnesses atrocities",
                        "director:klimov", "studio:mosfilm", "studio:belarusfilm", "decade:1980", "genre:war",
                        "genre:drama"),
                film(OFFICE_ROMANCE, Map.of("comedy", 0.70, "love", 0.60),
                        Map.of("comedies", 30),
                        "A timid statistician courts his stern boss at the office",
                        "director:ryazanov", "studio:mosfilm", "decade:1970", "genre:comedy", "cast:myagkov"),
                film(STALKER, Map.of("philosophy", 0.80, "faith", 0.40),
                        Map.of(),
                        "A guide leads a writer and a professor through the Zone to a room that grants wishes"),
                FilmFeatures.empty(EMPTY));
    }
}
