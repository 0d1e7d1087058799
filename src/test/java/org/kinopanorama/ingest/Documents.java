package org.kinopanorama.ingest;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Curated-list documents for tests, written the way curators write them. */
 public final class Documents {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Documents() {
    }

    /** A file name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + ".txt";
    }

    /** A list about war with three films; the titles carry a marker so that they are new to the catalogue. */
    static String warList(String marker) {
        return """
                These films explore the theme of war, from the front line to the home front.

                The Ballad of %1$s (1959)
                Description: A young soldier on leave crosses a country at war to see his mother.
                Fact: It won a prize at Cannes.

                Ivan's %1$s (1962)
                Description: A boy scout behind enemy lines during WWII.
                Fact: Andrei Tarkovsky's first feature film.

                Come and %1$s (1985)
                Description: A village boy joins the partisans and witnesses the horrors of war.
                Fact: The actors were sometimes under live fire.
                """.formatted(marker);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
