package org.kinopanorama.catalog.film;

import java.util.List;

/**
 * What open datasets say about a film, for its page: people and studios (linked to their pages), genres,
 * topics, tags, identifiers elsewhere, every field with the source that gave it, and where sources disagree;
 * the cast in billing order, and the literary works the film is based on.
 */
public record FilmCredits(List<Credit> directors, List<Credit> screenwriters, List<Credit> cast, List<Credit> studios,
                          List<Labelled> genres, List<Labelled> topics, List<String> tags, List<ExternalId> externalIds,
                          List<Fact> facts, List<Fact> conflicts, List<Credit> cinematographers, List<Credit> composers,
                          List<LiterarySource> literarySources) {

    /** Cast members listed before the rest of the cast, which is behind a "more" control. */
    public static final int CAST_FIRST = 10;

    /** Credits without cinematographers, composers or literary sources (a film only curated lists or MovieLens know). */
    public FilmCredits(List<Credit> directors, List<Credit> screenwriters, List<Credit> cast, List<Credit> studios,
                       List<Labelled> genres, List<Labelled> topics, List<String> tags, List<ExternalId> externalIds,
                       List<Fact> facts, List<Fact> conflicts) {
        this(directors, screenwriters, cast, studios, genres, topics, tags, externalIds, facts, conflicts, List.of(), List.of(),
                List.of());
    }

    /** A literary work the film is based on, with its authors (linked to their pages); {@code original} if it differs. */
    public record LiterarySource(String title, String original, Integer year, List<Credit> authors) {
    }

    /** A person or studio as the dataset names them; {@code original} is their name in their own language, if given. */
    public record Credit(long id, String name, String original) {
        public Credit(long id, String name) {
            this(id, name, null);
        }
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
                case "youtube" -> "https://www.youtube.com/watch?v=" + value;
                default -> null;
            };
        }

        /** The site's name, as it writes it. */
        public String site() {
            return switch (kind) {
                case "wikidata" -> "Wikidata";
                case "imdb" -> "IMDb";
                case "tmdb" -> "TMDb";
                case "youtube" -> "YouTube";
                default -> kind;
            };
        }
    }

    /** The film on YouTube (a plain link: nothing is embedded or loaded from there), or null. */
    public ExternalId youtube() {
        return externalIds.stream().filter(e -> e.kind().equals("youtube")).findFirst().orElse(null);
    }

    /** The film's identifiers in film databases (IMDb, TMDb, Wikidata), as links. */
    public List<ExternalId> databaseIds() {
        return externalIds.stream().filter(e -> !e.kind().equals("youtube") && e.url() != null).toList();
    }

    /** The first {@value #CAST_FIRST} of the cast, in billing order. */
    public List<Credit> castFirst() {
        return cast.size() <= CAST_FIRST ? cast : cast.subList(0, CAST_FIRST);
    }

    /** The rest of the cast, in billing order. */
    public List<Credit> castRest() {
        return cast.size() <= CAST_FIRST ? List.of() : cast.subList(CAST_FIRST, cast.size());
    }

    public record Fact(String field, String value, String source) {
        public String sourceName() {
            return Sources.name(source);
        }
    }

    /** The countries the sources name (codes), each once, in the order first given. */
    public List<String> countries() {
        return facts.stream().filter(f -> f.field().equals("country"))
                .flatMap(f -> java.util.Arrays.stream(f.value().split(",\\s*"))).map(String::strip).filter(c -> !c.isEmpty())
                .distinct().toList();
    }

    /** The running time in minutes the first source gives, or null. */
    public String runtime() {
        return facts.stream().filter(f -> f.field().equals("runtime_min")).map(Fact::value)
                .map(v -> v.split(",\\s*")[0]).findFirst().orElse(null);
    }

    /** The sources' disagreement on the year, shown once at the top of the page; null when they agree. */
    public Fact yearConflict() {
        return conflicts.stream().filter(f -> f.field().equals("year")).findFirst().orElse(null);
    }

    /** Disagreements other than the year's. */
    public List<Fact> otherConflicts() {
        return conflicts.stream().filter(f -> !f.field().equals("year")).toList();
    }

    /** Something to show under "From open datasets" besides the directors and studios at the top of the page. */
    public boolean hasDetails() {
        return !screenwriters.isEmpty() || !cast.isEmpty() || !cinematographers.isEmpty() || !composers.isEmpty()
                || !literarySources.isEmpty() || !genres.isEmpty() || !topics.isEmpty() || !tags.isEmpty()
                || !externalIds.isEmpty() || !facts.isEmpty() || !otherConflicts().isEmpty();
    }

    /** People and studios to list under "Credits", or works the film is based on. */
    public boolean hasFullCredits() {
        return !directors.isEmpty() || !screenwriters.isEmpty() || !cinematographers.isEmpty() || !composers.isEmpty()
                || !cast.isEmpty() || !studios.isEmpty() || !literarySources.isEmpty();
    }

    /** Something the datasets say besides the credits: genres, topics, tags, identifiers, fields, disagreements. */
    public boolean hasOtherDetails() {
        return !genres.isEmpty() || !topics.isEmpty() || !tags.isEmpty() || !databaseIds().isEmpty() || !facts.isEmpty()
                || !otherConflicts().isEmpty();
    }

    public boolean isEmpty() {
        return directors.isEmpty() && screenwriters.isEmpty() && cast.isEmpty() && cinematographers.isEmpty()
                && composers.isEmpty() && literarySources.isEmpty() && studios.isEmpty() && genres.isEmpty()
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
