package org.kinopanorama.catalog.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random input, many threads, and a catalogue-sized run. No timing assertions: the elapsed time is
 * only printed.
 */
class TitleMatcherRobustnessTest {

    private static final String[] BASES = {
            "The Irony of Fate, or Enjoy Your Bath!", "Ирония судьбы, или С лёгким паром!",
            "Cranes Are Flying, The (Letyat zhuravli)", "Летят журавли", "Мастер и Маргарита",
            "Белое солнце пустыни", "Иван Васильевич меняет профессию", "Семнадцать мгновений весны",
            "Кин-дза-дза!", "Ёлки", "Подъезд", "Moscow Does Not Believe in Tears", "The Ascent",
            "Stalker (1979)", "War and Peace (Part 1)", "Мастер и Маргарита / The Master and Margarita"};

    private static final String ALPHABET = "abcxyzABCXYZ0129 \t,.;:!?'’ʹʺ·\"«»“”—–-()/&"
            + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБЁЪЬЯ" + "éèüßæøł" + "ΑΒΓαβγ" + "東京";

    private static String randomTitle(Random random) {
        int length = random.nextInt(30);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void randomTitlesNeverBreakTheContract() {
        Random random = new Random(20240501L);
        for (int i = 0; i < 5_000; i++) {
            String title = randomTitle(random);
            String key = TitleMatcher.normalize(title);
            Set<String> keys = TitleMatcher.keys(title);
            assertThat(key).as("normalize(%s)", title).isNotNull().doesNotStartWith(" ").doesNotEndWith(" ")
                    .doesNotContain("  ");
            assertThat(TitleMatcher.normalize(key)).as("idempotent for %s", title).isEqualTo(key);
            if (key.isEmpty()) {
                assertThat(keys).as("keys(%s)", title).isEmpty();
            } else {
                assertThat(keys).as("keys(%s)", title).first().isEqualTo(key);
                assertThat(keys).doesNotContain("");
            }
            // keys use only ASCII letters, digits and spaces for this alphabet
            for (String k : keys) {
                assertThat(k).as("key of %s", title).matches("[a-z0-9 ]+");
            }
        }
    }

    @Test
    void keysOfPartsEqualTheNormalisedRawParts() {
        // keys() transliterates the whole title once and splits afterwards; that must not change the
        // key of any part (BGN spells е/ё/я... differently at the start of a word).
        String letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяЕЁЮЯЪЬ";
        Random random = new Random(99L);
        for (int i = 0; i < 2_000; i++) {
            String[] words = new String[3];
            for (int w = 0; w < words.length; w++) {
                StringBuilder sb = new StringBuilder();
                int length = 1 + random.nextInt(8);
                for (int c = 0; c < length; c++) {
                    sb.append(letters.charAt(random.nextInt(letters.length())));
                }
                words[w] = sb.toString();
            }
            String a = words[0] + " " + words[1];
            String b = words[2] + " ёж"; // random start (word-initial spelling), never a part number
            // a random "(и)" would be "(i)", a part number, which deliberately prevents splitting
            String c = List.of("Ёжик в тумане", "Ель", "Юность Максима", "Ясные ночи").get(i % 4);
            for (String title : List.of(a + ", или " + b, a + " (" + b + ")", a + " / " + b, a + ", или " + b + " (" + c + ")")) {
                Set<String> keys = TitleMatcher.keys(title);
                for (String part : List.of(a, b)) {
                    String key = TitleMatcher.normalize(part);
                    if (!key.isEmpty()) {
                        assertThat(keys).as("keys(%s) has normalize(%s)", title, part).contains(key);
                    }
                }
            }
        }
    }

    @Test
    void sharedTransliteratorsGiveTheSameResultsFromManyThreads() throws Exception {
        List<String> titles = new ArrayList<>();
        Random random = new Random(7L);
        for (int i = 0; i < 2_000; i++) {
            titles.add(BASES[i % BASES.length] + " " + randomTitle(random));
        }
        List<String> expected = new ArrayList<>();
        for (String title : titles) {
            expected.add(TitleMatcher.normalize(title));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<String> results = new ArrayList<>();
                    for (String title : titles) {
                        results.add(TitleMatcher.normalize(title));
                    }
                    return results;
                }));
            }
            for (Future<List<String>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCatalogueOfHundredThousandTitles() {
        // Half ASCII (fast path), half Cyrillic (ICU path). Prints the time; asserts only the results.
        int n = 100_000;
        List<String> titles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            titles.add(BASES[i % BASES.length] + " " + i);
        }
        for (int i = 0; i < 1_000; i++) { // warm-up
            TitleMatcher.keys(titles.get(i));
        }
        long start = System.nanoTime();
        long totalKeys = 0;
        for (String title : titles) {
            totalKeys += TitleMatcher.keys(title).size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("TitleMatcher: keys() of %,d titles (%,d keys) in %,d ms%n", n, totalKeys, millis);
        assertThat(totalKeys).isGreaterThanOrEqualTo(n);
    }
}
