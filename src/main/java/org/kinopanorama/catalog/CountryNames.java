package org.kinopanorama.catalog;

import java.util.Map;

/** The countries of Soviet Bloc Cinema Data's vocabulary by their code, as readers call them in short. */
public final class CountryNames {

    private static final Map<String, Bilingual> NAMES = Map.ofEntries(
            Map.entry("SU", new Bilingual("USSR", "СССР")),
            Map.entry("PL", new Bilingual("Poland", "Польша")),
            Map.entry("CS", new Bilingual("Czechoslovakia", "Чехословакия")),
            Map.entry("DD", new Bilingual("East Germany", "ГДР")),
            Map.entry("YU", new Bilingual("Yugoslavia", "Югославия")),
            Map.entry("BG", new Bilingual("Bulgaria", "Болгария")),
            Map.entry("HU", new Bilingual("Hungary", "Венгрия")),
            Map.entry("RO", new Bilingual("Romania", "Румыния")),
            Map.entry("AL", new Bilingual("Albania", "Албания")),
            Map.entry("MN", new Bilingual("Mongolia", "Монголия")),
            Map.entry("CU", new Bilingual("Cuba", "Куба")),
            Map.entry("VN", new Bilingual("Vietnam", "Вьетнам")),
            Map.entry("IT", new Bilingual("Italy", "Италия")),
            Map.entry("FR", new Bilingual("France", "Франция")),
            Map.entry("US", new Bilingual("United States", "США")),
            Map.entry("GB", new Bilingual("United Kingdom", "Великобритания")),
            Map.entry("GR", new Bilingual("Greece", "Греция")),
            Map.entry("FI", new Bilingual("Finland", "Финляндия")),
            Map.entry("JP", new Bilingual("Japan", "Япония")),
            Map.entry("IN", new Bilingual("India", "Индия")),
            Map.entry("DE", new Bilingual("West Germany", "ФРГ")),
            Map.entry("AT", new Bilingual("Austria", "Австрия")),
            Map.entry("SE", new Bilingual("Sweden", "Швеция")),
            Map.entry("RU", new Bilingual("Russia", "Россия")));

    private CountryNames() {
    }

    /** The country's short name for the reader; an unknown code is shown as it is. */
    public static String name(String code, boolean russian) {
        Bilingual n = code == null ? null : NAMES.get(code.strip().toUpperCase(java.util.Locale.ROOT));
        return n == null ? code : n.in(russian);
    }
}
