package org.kinopanorama.ingest.dataset;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up words in both scripts, the BGN romanisation of the Cyrillic one being the Latin one: names no fixture has. */
final class MadeUpWords {

    private static final String LATIN = "abdklmnoprstu";
    private static final String CYRILLIC = "абдклмнопрсту";

    private MadeUpWords() {
    }

    /** {Latin, Cyrillic}, capitalised, of this many letters. */
    static String[] capitalised(int letters) {
        StringBuilder l = new StringBuilder();
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < letters; i++) {
            int k = ThreadLocalRandom.current().nextInt(LATIN.length());
            l.append(LATIN.charAt(k));
            c.append(CYRILLIC.charAt(k));
        }
        return new String[] {Character.toUpperCase(l.charAt(0)) + l.substring(1), Character.toUpperCase(c.charAt(0)) + c.substring(1)};
    }
}
