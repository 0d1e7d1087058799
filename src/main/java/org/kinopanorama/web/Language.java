package org.kinopanorama.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the reader sees the site in, English or Russian: the one they chose with the switcher
 * (cookie {@value #COOKIE}), else the first of their browser's languages that we have
 * ({@code Accept-Language}, q-values respected), else English. Templates: {@code {inject:language.code}}.
 */
@Named("language")
@RequestScoped
public class Language {

    public static final String COOKIE = "kp-lang";
    public static final String ENGLISH = "en";
    public static final String RUSSIAN = "ru";
    static final String CONTEXT_KEY = "kinopanorama.language";

    @Inject
    CurrentVertxRequest request;

    private String code;

    /** "en" or "ru"; English when there is no HTTP request (work started by the app itself). */
    public String code() {
        if (code == null) {
            RoutingContext context = request.getCurrent();
            String resolved = context == null ? ENGLISH : context.get(CONTEXT_KEY);
            code = resolved != null ? resolved : of(context.request());
        }
        return code;
    }

    public boolean russian() {
        return RUSSIAN.equals(code());
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The messages in the reader's language, for texts that Java code puts on a page. */
    public Messages messages() {
        return messages(code());
    }

    /** The messages in a language ("en" or "ru"); English for anything else. */
    public static Messages messages(String code) {
        return RUSSIAN.equals(code) ? MessageBundles.get(Messages.class, Localized.Literal.of(RUSSIAN))
                : MessageBundles.get(Messages.class);
    }

    /** A feature's message bundle (e.g. {@code AccountMessages.class}) in the reader's language. */
    public <T> T messages(Class<T> bundle) {
        return messages(bundle, code());
    }

    /** A feature's message bundle in a language ("en" or "ru"); English for anything else. */
    public static <T> T messages(Class<T> bundle, String code) {
        return RUSSIAN.equals(code) ? MessageBundles.get(bundle, Localized.Literal.of(RUSSIAN)) : MessageBundles.get(bundle);
    }

    /** The current reader's messages; English outside a request (start-up, scheduled work). */
    public static Messages currentMessages() {
        if (!Arc.container().requestContext().isActive()) {
            return messages(ENGLISH);
        }
        return Arc.container().instance(Language.class).get().messages();
    }

    /** The language of a request: its cookie, else its Accept-Language header. */
    static String of(HttpServerRequest request) {
        Cookie chosen = request.getCookie(COOKIE);
        return resolve(chosen == null ? null : chosen.getValue(), request.getHeader("Accept-Language"));
    }

    /**
     * The language to show.
     *
     * @param chosen         the switcher's cookie, or null
     * @param acceptLanguage the browser's header, or null; {@code ru}, {@code ru-RU}... read as Russian, any
     *                       {@code en} or {@code *} as English, other languages are passed over
     */
    public static String resolve(String chosen, String acceptLanguage) {
        Optional<String> fromCookie = supported(chosen);
        if (fromCookie.isPresent()) {
            return fromCookie.get();
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by q, the written order kept among equals
        } catch (IllegalArgumentException e) {
            return ENGLISH; // a malformed header: as if there were none
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            if (primary.equals(RUSSIAN)) {
                return RUSSIAN;
            }
            if (primary.equals(ENGLISH) || primary.equals("*")) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    /** "en" or "ru" when the value names one of them (any case, surrounding spaces ignored). */
    public static Optional<String> supported(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals(ENGLISH) || v.equals(RUSSIAN) ? Optional.of(v) : Optional.empty();
    }
}
