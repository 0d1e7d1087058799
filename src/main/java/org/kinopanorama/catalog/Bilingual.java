package org.kinopanorama.catalog;

/** A word of a vocabulary (a country, a genre) as an English and a Russian page say it. */
public record Bilingual(String en, String ru) {

    public String in(boolean russian) {
        return russian ? ru : en;
    }
}
