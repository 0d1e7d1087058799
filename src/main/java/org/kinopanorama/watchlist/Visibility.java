package org.kinopanorama.watchlist;

import java.util.Locale;
import java.util.Optional;

/** Who may read a list: only its owner, anyone with its secret link, or also everyone on the owner's profile. */
public enum Visibility {
    PRIVATE, UNLISTED, PUBLIC;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the secret link opens the list. */
    public boolean linkOpens() {
        return this != PRIVATE;
    }

    public static Visibility of(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("no visibility " + value));
    }

    public static Optional<Visibility> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Visibility v : values()) {
            if (v.value().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
