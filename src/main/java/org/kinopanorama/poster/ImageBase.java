package org.kinopanorama.poster;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A configured image base address, checked once at start-up: an absolute {@code https} address (plain {@code http}
 * only on this machine: localhost, 127.0.0.1, [::1]) with a host, no user name or password, no query or fragment, and a
 * path of plain segments ending in {@code /} (e.g. TMDb's {@code /t/p/}), so that base + size + poster path can only
 * name a file of that host. {@link #origin()} is what the Content-Security-Policy allows. Plain Java.
 */
public record ImageBase(String address, String origin) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*/");
    private static final Pattern SIZE = Pattern.compile("[a-z0-9]{1,16}");

    /** Thrown with a message naming the setting and what is wrong with it. */
    public static final class InvalidImageBase extends IllegalArgumentException {
        InvalidImageBase(String value, String why) {
            super("kinopanorama.posters.image-base (KINOPANORAMA_POSTERS_IMAGE_BASE) '" + value + "' " + why
                    + ": give an address such as https://image.tmdb.org/t/p/ or leave it unset to show no images");
        }
    }

    public static ImageBase parse(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new InvalidImageBase(value, "is not an address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawAuthority() == null || uri.getHost() == null) {
            throw new InvalidImageBase(value, "is not an absolute address with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidImageBase(value, "must not carry a user name or password");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && LOCAL_HOSTS.contains(host))) {
            throw new InvalidImageBase(value, "must be https (http only for localhost)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidImageBase(value, "must not have a query or fragment");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!PATH.matcher(path).matches() || path.contains("/../") || path.contains("/./")) {
            throw new InvalidImageBase(value, "must have a path of plain segments ending in '/'");
        }
        String origin = scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new ImageBase(origin + path, origin);
    }

    /** A size as the host names it (w342, original), checked like the base. */
    public static String size(String setting, String value) {
        if (value == null || !SIZE.matcher(value).matches()) {
            throw new IllegalArgumentException("kinopanorama.posters." + setting + " '" + value
                    + "' must be letters and digits only, e.g. w342");
        }
        return value;
    }
}
