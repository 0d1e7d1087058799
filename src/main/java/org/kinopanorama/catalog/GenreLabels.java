package org.kinopanorama.catalog;

import org.kinopanorama.catalog.identity.Romanization;
import java.util.Map;

/**
 * Genres by their common code (Soviet Bloc Cinema Data's codes, MovieLens genres mapped onto them), in English and
 * Russian: a Russian page shows MovieLens's "Sci-Fi" as «Научная фантастика», an English page the dataset's
 * «Драма» as "Drama". A code neither knows keeps the source's label, spelled in Latin on English pages.
 */
public final class GenreLabels {

    private record Label(String en, String ru) {
    }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("drama", new Label("Drama", "Драма")),
            Map.entry("comedy", new Label("Comedy", "Комедия")),
            Map.entry("tragicomedy", new Label("Tragicomedy", "Трагикомедия")),
            Map.entry("melodrama", new Label("Melodrama", "Мелодрама")),
            Map.entry("war", new Label("War", "Военный")),
            Map.entry("historical", new Label("Historical", "Исторический")),
            Map.entry("biographical", new Label("Biographical", "Биографический")),
            Map.entry("autobiographical", new Label("Autobiographical", "Автобиографический")),
            Map.entry("documentary", new Label("Documentary", "Документальный")),
            Map.entry("science_fiction", new Label("Science fiction", "Научная фантастика")),
            Map.entry("fantasy", new Label("Fantasy", "Фэнтези")),
            Map.entry("fairy_tale", new Label("Fairy tale", "Сказка")),
            Map.entry("thriller", new Label("Thriller", "Триллер")),
            Map.entry("detective", new Label("Detective", "Детектив")),
            Map.entry("noir", new Label("Film noir", "Нуар")),
            Map.entry("musical", new Label("Musical", "Мюзикл")),
            Map.entry("animation", new Label("Animation", "Мультфильм")),
            Map.entry("childrens", new Label("Children's", "Детский")),
            Map.entry("adventure", new Label("Adventure", "Приключения")),
            Map.entry("road_movie", new Label("Road movie", "Роуд-муви")),
            Map.entry("parable", new Label("Parable", "Притча")),
            Map.entry("short", new Label("Short", "Короткометражный")),
            Map.entry("experimental", new Label("Experimental", "Экспериментальный")),
            Map.entry("art_house", new Label("Art house", "Артхаус")),
            Map.entry("poetic_cinema", new Label("Poetic cinema", "Поэтическое кино")),
            Map.entry("music_video", new Label("Music video", "Музыкальный клип")),
            Map.entry("concert_film", new Label("Concert film", "Фильм-концерт")),
            Map.entry("tv_music_show", new Label("TV music show", "Музыкальная телепередача")),
            // MovieLens's own genres
            Map.entry("action", new Label("Action", "Боевик")),
            Map.entry("crime", new Label("Crime", "Криминал")),
            Map.entry("horror", new Label("Horror", "Ужасы")),
            Map.entry("imax", new Label("IMAX", "IMAX")),
            Map.entry("mystery", new Label("Mystery", "Детектив")),
            Map.entry("romance", new Label("Romance", "Мелодрама")),
            Map.entry("western", new Label("Western", "Вестерн")),
            Map.entry("(no genres listed)", new Label("No genre given", "Жанр не указан")));

    private GenreLabels() {
    }

    /** The genre's label for the reader; {@code fallback} is what the source called it. */
    public static String label(String code, String fallback, boolean russian) {
        Label l = code == null ? null : LABELS.get(code);
        if (l != null) {
            return russian ? l.ru() : l.en();
        }
        return russian || fallback == null ? fallback : Romanization.latin(fallback);
    }
}
