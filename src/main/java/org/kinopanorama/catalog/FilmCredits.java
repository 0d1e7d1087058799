package org.kinopanorama.catalog;

import java.util.List;

/**
 * What open datasets say about a film, for its page: people and studios (linked to their pages), genres,
 * topics, tags, identifiers elsewhere, every field with the source that gave it, and where sources disagree.
 */
public record FilmCredits(List<Credit> directors, List<Credit> screenwriters, List<Credit> cast, List<Credit> studios,
                          List<Labelled> genres, List<Labelled> topics, List<String> tags, List<ExternalId> externalIds,
                          List<Fact> facts, List<Fact> conflicts) {

    public record Credit(long id, String name) {
    }

    /** A label and the source that gave it (a topic's {@code key} is its slug). */
    public record Labelled(String key, String label, String source) {
        public String sourceName() {
            return Sources.name(source);
        }
    }

    public record ExternalId(String kind, String value) {
        /** A plain link to the identifier's page (nothing is loaded from there). */
        public String url() {
            return switch (kind) {
                case "wikidata" -> "https://www.wikidata.org/wiki/" + value;
                case "imdb" -> "https://www.imdb.com/title/" + value + "/";
                case "tmdb" -> "https://www.themoviedb.org/movie/" + value;
                default -> null;
            };
        }
    }

    public record Fact(String field, String value, String source) {
        public String sourceName() {
            return Sources.name(source);
        }
    }

    public boolean isEmpty() {
        return directors.isEmpty() && screenwriters.isEmpty() && cast.isEmpty() && studios.isEmpty() && genres.isEmpty()
                && topics.isEmpty() && tags.isEmpty() && externalIds.isEmpty() && facts.isEmpty();
    }

    /** Readable names of sources: datasets by name, curated lists by "list:slug". */
    public static final class Sources {
        private Sources() {
        }

        public static String name(String source) {
            if (source == null) {
                return "";
            }
            return switch (source) {
                case "sbc" -> "Soviet Bloc Cinema Data";
                case "movielens" -> "MovieLens";
                default -> source;
            };
        }
    }
}
