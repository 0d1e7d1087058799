package org.kinopanorama.catalog;

import java.util.Map;

/** The countries of Soviet Bloc Cinema Data's vocabulary by their code, as readers call them in short. */
public final class CountryNames {

    private record Name(String en, String ru) {
    }

    private static final Map<String, Name> NAMES = Map.ofEntries(
            Map.entry("SU", new Name("USSR", "СССР")),
            Map.entry("PL", new Name("Poland", "Польша")),
            Map.entry("CS", new Name("Czechoslovakia", "Чехословакия")),
            Map.entry("DD", new Name("East Germany", "ГДР")),
            Map.entry("YU", new Name("Yugoslavia", "Югославия")),
            Map.entry("BG", new Name("Bulgaria", "Болгария")),
            Map.entry("HU", new Name("Hungary", "Венгрия")),
            Map.entry("RO", new Name("Romania", "Румыния")),
            Map.entry("AL", new Name("Albania", "Албания")),
            Map.entry("MN", new Name("Mongolia", "Монголия")),
            Map.entry("CU", new Name("Cuba", "Куба")),
            Map.entry("VN", new Name("Vietnam", "Вьетнам")),
            Map.entry("IT", new Name("Italy", "Италия")),
            Map.entry("FR", new Name("France", "Франция")),
            Map.entry("US", new Name("United States", "США")),
            Map.entry("GB", new Name("United Kingdom", "Великобритания")),
            Map.entry("GR", new Name("Greece", "Греция")),
            Map.entry("FI", new Name("Finland", "Финляндия")),
            Map.entry("JP", new Name("Japan", "Япония")),
            Map.entry("IN", new Name("India", "Индия")),
            Map.entry("DE", new Name("West Germany", "ФРГ")),
            Map.entry("AT", new Name("Austria", "Австрия")),
            Map.entry("SE", new Name("Sweden", "Швеция")),
            Map.entry("RU", new Name("Russia", "Россия")));

    private CountryNames() {
    }

    /** The country's short name for the reader; an unknown code is shown as it is. */
    public static String name(String code, boolean russian) {
        Name n = code == null ? null : NAMES.get(code.strip().toUpperCase(java.util.Locale.ROOT));
        return n == null ? code : russian ? n.ru() : n.en();
    }
}
