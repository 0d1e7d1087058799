package org.kinopanorama.web;

import io.quarkus.qute.TemplateExtension;

/**
 * The form a Russian noun takes after a number: 1, 21, 101 фильм (one); 2–4, 22–24 фильма (few);
 * 0, 5–20, 11–14, 25 фильмов (many). English needs only {@code {#if count == 1}}.
 */
@TemplateExtension
public final class RussianPlural {

    public enum Form { ONE, FEW, MANY }

    private RussianPlural() {
    }

    public static Form of(long count) {
        long n = Math.abs(count);
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return Form.ONE;
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return Form.FEW;
        }
        return Form.MANY;
    }

    /** In a Russian message: {@code {count} {count.plural('фильм', 'фильма', 'фильмов')}}. */
    static String plural(long count, String one, String few, String many) {
        return switch (of(count)) {
            case ONE -> one;
            case FEW -> few;
            case MANY -> many;
        };
    }

    /** The same for an {@code int} count: message parameters are checked for their exact type. */
    static String plural(int count, String one, String few, String many) {
        return plural((long) count, one, few, many);
    }
}
