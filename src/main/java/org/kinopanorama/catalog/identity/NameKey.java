package org.kinopanorama.catalog.identity;

import java.util.regex.Pattern;

/**
 * A loose Latin key of a person's or studio's name, so that a name is found however it was spelt:
 * {@link TitleMatcher#normalize} (ICU's BGN/PCGN romanisation for Cyrillic, lower case, no accents or
 * punctuation; Azerbaijani {@code ə} is {@code e}), then folded: {@code x = ks}, {@code kh = h}, {@code yy = y},
 * {@code ye}/{@code yo = e}, {@code j} and {@code y = i}, repeated {@code i} one. "Tarkovsky", "Tarkovskiy" and «Тарковский» are all
 * {@code tarkovski}; "Andrei"/"Andrey", "Yuri"/"Yuriy"/"Jurij", "Mikhalkov"/"Mihalkov" meet.
 *
 * <p>The database computes the same key for every stored name ({@code f_loose_key} in
 * {@code V15__search_every_name.sql}); the two are tested to agree. Loose on purpose: it only finds, it never
 * merges anything.
 */
public final class NameKey {

    private static final Pattern YY = Pattern.compile("y{2,}");
    private static final Pattern YE_YO = Pattern.compile("y[eo]");
    /** What the database's key keeps: anything else (letters ICU leaves as they are) separates words there. */
    private static final Pattern NOT_KEPT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern REPEATED_I = Pattern.compile("i{2,}");

    private NameKey() {
    }

    /** The key of a name, or of a query for one; "" when it has no letter or digit. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String k = TitleMatcher.normalize(name.replace('ə', 'e').replace('Ə', 'e'));
        k = NOT_KEPT.matcher(k).replaceAll(" ").strip().replace("x", "ks").replace("kh", "h");
        k = YE_YO.matcher(YY.matcher(k).replaceAll("y")).replaceAll("e").replace('j', 'i').replace('y', 'i');
        return REPEATED_I.matcher(k).replaceAll("i");
    }
}
