package org.kinopanorama.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one shape of poster path a film may carry: a slash, letters and digits, an image extension
 * ({@code /beB35H9cn0jTBZeU2NZsOB1RVVV.jpg}, as TMDb names its files). Anything else (a full address, {@code //host},
 * {@code ..}, a query, spaces, markup) is refused, so a path put after the configured image base can only name a file
 * on that host. The database checks the same shape (V21).
 */
public final class PosterPath {

    private static final Pattern SHAPE = Pattern.compile("/[A-Za-z0-9]{1,64}\\.(jpg|jpeg|png|webp)");

    private PosterPath() {
    }

    public static boolean isValid(String path) {
        return path != null && SHAPE.matcher(path).matches();
    }

    /** The path if it has the shape, else empty. */
    public static Optional<String> of(String path) {
        return isValid(path) ? Optional.of(path) : Optional.empty();
    }
}
