package org.kinopanorama.web;

import java.net.URI;

/** Where to send someone back to: only a path on this site, never another host. */
public final class ReturnPath {

    private ReturnPath() {
    }

    /** Where to go after signing in or up: {@link #local} but never back to the sign-in and sign-up pages. */
    public static String safe(String candidate) {
        String path = local(candidate);
        if (path.equals("/signin") || path.startsWith("/signin?") || path.equals("/signup") || path.startsWith("/signup?")) {
            return "/";
        }
        return path;
    }

    /** The path (with its query) when it is a local one; "/" otherwise. */
    public static String local(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return "/";
        }
        String path = candidate.strip();
        // "//host" and "/\host" are read by browsers as another host
        if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            URI uri = URI.create(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return "/";
            }
        } catch (IllegalArgumentException e) {
            return "/";
        }
        return path;
    }
}
