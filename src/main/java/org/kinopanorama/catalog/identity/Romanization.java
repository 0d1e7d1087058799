package org.kinopanorama.catalog.identity;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Map;

/**
 * The Latin spelling English-language film references use for a Russian name or title written in Cyrillic:
 * "Андрей Тарковский" is "Andrei Tarkovsky", "Эльдар Рязанов" "Eldar Ryazanov", "Георгий Данелия"
 * "Georgy Daneliya", «А зори здесь тихие» "A zori zdes tikhie". Plain Java, no state, thread-safe.
 * <p>
 * <b>The rule</b>: BGN/PCGN, the system of most English references, with the adjustments of common usage
 * (those of English Wikipedia's romanisation of Russian, WP:RUS), and no apostrophes or diacritics:
 * <ul>
 * <li>letters: а a, б b, в v, г g, д d, ж zh, з z, и i, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u,
 *     ф f, х kh, ц ts, ч ch, ш sh, щ shch, ы y, э e, ю yu, я ya;</li>
 * <li>е is "ye" at the start of a word and after а е ё о у ы э ю я (Yevgeny, Alekseyev), else "e" (after и too:
 *     Khutsiev); ё is "yo" (Fyodor, Semyonov), "o" after ж ч ш щ (Zhzhonov);</li>
 * <li>ь and ъ are dropped (Eldar, Olga, Shepitko), but before е ё и о they are "y" (Pyryev, Solovyov, Ilyin);</li>
 * <li>й: the endings -ий and -ый are "y" (Tarkovsky, Anatoly, Gorky), -ой "oy" (Tolstoy); after any other vowel at
 *     the end of a word or before a consonant it is "i" (Andrei, Sergei, Aleksei, Nikolai, Gaidai, Kaidanovsky);
 *     before я ю е ё it is dropped (Maya); else "y" (Yoshkar);</li>
 * <li>Ukrainian and Belarusian letters: і i, ї yi, є ye, ґ g, ў w; any other letter through ICU Any-Latin without
 *     diacritics;</li>
 * <li>a few names keep the spelling established in English ({@link #ESTABLISHED}: Yuri, Eisenstein,
 *     Tchaikovsky, Schnittke, Dostoevsky, Prokofiev, Parajanov).</li>
 * </ul>
 * Capitals follow the Cyrillic: "Щукин" is "Shchukin", "СССР" "SSSR". Characters that are not Cyrillic are kept.
 */
public final class Romanization {

    /** Established English spellings of whole words (lower case), before the letter rules. */
    static final Map<String, String> ESTABLISHED = Map.ofEntries(
            Map.entry("юрий", "yuri"),
            Map.entry("эйзенштейн", "eisenstein"),
            Map.entry("чайковский", "tchaikovsky"),
            Map.entry("шнитке", "schnittke"),
            Map.entry("достоевский", "dostoevsky"),
            Map.entry("прокофьев", "prokofiev"),
            Map.entry("параджанов", "parajanov"));

    private static final String VOWELS = "аеёиоуыэюяіїє";
    private static final String SIBILANTS = "жчшщ";
    private static final Transliterator OTHER = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Romanization() {
    }

    /** True when the text has a Cyrillic letter and no Latin one: the reader of an English page needs its Latin form. */
    public static boolean cyrillicOnly(String text) {
        if (text == null) {
            return false;
        }
        boolean cyrillic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCyrillic(c)) {
                cyrillic = true;
            } else if (c < 0x0250 && Character.isLetter(c)) {
                return false;
            }
        }
        return cyrillic;
    }

    static boolean isCyrillic(char c) {
        return c >= 0x0400 && c <= 0x04FF;
    }

    /**
     * The name of a person or studio for a reader of Latin script: their own name when it is written in Latin
     * letters (Andrzej Wajda, Jiří Menzel: the dataset's original name), else the Latin spelling of the name.
     */
    public static String latinName(String name, String nameOriginal) {
        if (nameOriginal != null && nameOriginal.chars().anyMatch(Character::isLetter)
                && nameOriginal.chars().noneMatch(c -> isCyrillic((char) c))) {
            return nameOriginal.strip();
        }
        return latin(givenNameFirst(name));
    }

    /** "Surname, Given Patronymic" as a card catalogue writes it (about one dataset person in eight) → given names first. */
    static String givenNameFirst(String name) {
        if (name == null) {
            return null;
        }
        java.util.regex.Matcher m = CATALOGUE_ORDER.matcher(name.strip());
        return m.matches() ? m.group(2) + " " + m.group(1) : name;
    }

    private static final java.util.regex.Pattern CATALOGUE_ORDER =
            java.util.regex.Pattern.compile("([\\p{L}'’-]+(?: [\\p{L}'’-]+)?), ([\\p{L}'’.-]+(?: [\\p{L}'’.-]+){0,2})");

    /** The Latin spelling of the text (see the class comment); null stays null. */
    public static String latin(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isCyrillic(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (isCyrillic(text.charAt(end)) || Character.isLetter(text.charAt(end)) && text.charAt(end) > 0x024F)) {
                end++;
            }
            out.append(word(text.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    /** One word of Cyrillic letters. */
    private static String word(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        String established = ESTABLISHED.get(lower.replace('ё', 'е'));
        if (established != null) {
            return cased(established, allCaps, Character.isUpperCase(word.charAt(0)));
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            char prev = k == 0 ? 0 : lower.charAt(k - 1);
            char next = k + 1 < lower.length() ? lower.charAt(k + 1) : 0;
            boolean upper = Character.isUpperCase(word.charAt(k));
            String latin;
            if ((c == 'и' || c == 'ы') && next == 'й' && k + 2 == lower.length()) {
                latin = "y";
                k++;
            } else {
                latin = letter(c, prev, next);
            }
            out.append(upper && !allCaps && !latin.isEmpty() ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
        }
        return allCaps ? out.toString().toUpperCase(Locale.ROOT) : out.toString();
    }

    private static String cased(String latin, boolean allCaps, boolean capital) {
        if (allCaps) {
            return latin.toUpperCase(Locale.ROOT);
        }
        return capital ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin;
    }

    private static String letter(char c, char prev, char next) {
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г', 'ґ' -> "g";
            case 'д' -> "d";
            case 'е' -> prev == 0 || VOWELS.indexOf(prev) >= 0 && prev != 'и' && prev != 'і' ? "ye" : "e";
            case 'ё' -> SIBILANTS.indexOf(prev) >= 0 || prev == 'ь' || prev == 'ъ' ? "o" : "yo";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и', 'і' -> "i";
            case 'й' -> iKratkoye(prev, next);
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ў' -> "w";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ъ', 'ь' -> next == 'е' || next == 'ё' || next == 'и' || next == 'о' ? "y" : "";
            case 'ы' -> "y";
            case 'э' -> "e";
            case 'ю' -> "yu";
            case 'я' -> "ya";
            case 'ї' -> "yi";
            case 'є' -> "ye";
            default -> OTHER.transliterate(String.valueOf(c));
        };
    }

    /** й; the endings -ий and -ый are handled with their vowel. */
    private static String iKratkoye(char prev, char next) {
        boolean afterVowel = prev != 0 && VOWELS.indexOf(prev) >= 0;
        if (next == 'я' || next == 'ю' || next == 'е' || next == 'ё') {
            return afterVowel ? "" : "y";
        }
        if (!afterVowel || prev == 'о' && next == 0 || prev == 'и' || prev == 'ы') {
            return "y";
        }
        return "i";
    }
}
