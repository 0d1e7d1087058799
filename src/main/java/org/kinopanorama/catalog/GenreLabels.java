package org.kinopanorama.catalog;

import org.kinopanorama.catalog.identity.Romanization;
import java.util.Map;

/**
 * Genres by their common code (Soviet Bloc Cinema Data's codes, MovieLens genres mapped onto them), in English and
 * Russian: a Russian page shows MovieLens's "Sci-Fi" as «Научная фантастика», an English page the dataset's
 * «Драма» as "Drama". A code neither knows keeps the source's label, spelled in Latin on English pages.
 */
public final class GenreLabels {

    private static final Map<String, Bilingual> LABELS = Map.ofEntries(
            Map.entry("drama", new Bilingual("Drama", "Драма")),
            Map.entry("comedy", new Bilingual("Comedy", "Комедия")),
            Map.entry("tragicomedy", new Bilingual("Tragicomedy", "Трагикомедия")),
            Map.entry("melodrama", new Bilingual("Melodrama", "Мелодрама")),
            Map.entry("war", new Bilingual("War", "Военный")),
            Map.entry("historical", new Bilingual("Historical", "Исторический")),
            Map.entry("biographical", new Bilingual("Biographical", "Биографический")),
            Map.entry("autobiographical", new Bilingual("Autobiographical", "Автобиографический")),
            Map.entry("documentary", new Bilingual("Documentary", "Документальный")),
            Map.entry("science_fiction", new Bilingual("Science fiction", "Научная фантастика")),
            Map.entry("fantasy", new Bilingual("Fantasy", "Фэнтези")),
            Map.entry("fairy_tale", new Bilingual("Fairy tale", "Сказка")),
            Map.entry("thriller", new Bilingual("Thriller", "Триллер")),
            Map.entry("detective", new Bilingual("Detective", "Детектив")),
            Map.entry("noir", new Bilingual("Film noir", "Нуар")),
            Map.entry("musical", new Bilingual("Musical", "Мюзикл")),
            Map.entry("animation", new Bilingual("Animation", "Мультфильм")),
            Map.entry("childrens", new Bilingual("Children's", "Детский")),
            Map.entry("adventure", new Bilingual("Adventure", "Приключения")),
            Map.entry("road_movie", new Bilingual("Road movie", "Роуд-муви")),
            Map.entry("parable", new Bilingual("Parable", "Притча")),
            Map.entry("short", new Bilingual("Short", "Короткометражный")),
            Map.entry("experimental", new Bilingual("Experimental", "Экспериментальный")),
            Map.entry("art_house", new Bilingual("Art house", "Артхаус")),
            Map.entry("poetic_cinema", new Bilingual("Poetic cinema", "Поэтическое кино")),
            Map.entry("music_video", new Bilingual("Music video", "Музыкальный клип")),
            Map.entry("concert_film", new Bilingual("Concert film", "Фильм-концерт")),
            Map.entry("tv_music_show", new Bilingual("TV music show", "Музыкальная телепередача")),
            // MovieLens's own genres
            Map.entry("action", new Bilingual("Action", "Боевик")),
            Map.entry("crime", new Bilingual("Crime", "Криминал")),
            Map.entry("horror", new Bilingual("Horror", "Ужасы")),
            Map.entry("imax", new Bilingual("IMAX", "IMAX")),
            Map.entry("mystery", new Bilingual("Mystery", "Детектив")),
            Map.entry("romance", new Bilingual("Romance", "Мелодрама")),
            Map.entry("western", new Bilingual("Western", "Вестерн")),
            Map.entry("(no genres listed)", new Bilingual("No genre given", "Жанр не указан")));

    private GenreLabels() {
    }

    /** The genre's label for the reader; {@code fallback} is what the source called it. */
    public static String label(String code, String fallback, boolean russian) {
        Bilingual l = code == null ? null : LABELS.get(code);
        if (l != null) {
            return l.in(russian);
        }
        return russian || fallback == null ? fallback : Romanization.latin(fallback);
    }
}
