package org.kinopanorama.account;

/**
 * A session's device as its owner recognises it in the list of sessions ("Firefox on Windows"), from the
 * User-Agent header. Only the browser's and system's names are kept, never the whole header.
 */
public final class DeviceSummary {

    static final int MAX_LENGTH = 80;

    private DeviceSummary() {
    }

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String ua = userAgent.length() > 512 ? userAgent.substring(0, 512) : userAgent;
        String browser = browser(ua);
        String system = system(ua);
        String summary = system == null ? browser : browser + " on " + system;
        return summary.length() > MAX_LENGTH ? summary.substring(0, MAX_LENGTH) : summary;
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/") || ua.contains("Edge/")) {
            return "Edge";
        }
        if (ua.contains("OPR/") || ua.contains("Opera")) {
            return "Opera";
        }
        if (ua.contains("YaBrowser/")) {
            return "Yandex Browser";
        }
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("CriOS/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/") && ua.contains("Version/")) {
            return "Safari";
        }
        // a script or tool: its first product name, e.g. "curl"
        String product = ua.strip().split("[/\\s;()]", 2)[0];
        product = product.replaceAll("[^A-Za-z0-9._-]", "");
        return product.isEmpty() ? "Unknown browser" : product.length() > 40 ? product.substring(0, 40) : product;
    }

    private static String system(String ua) {
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod")) {
            return "iOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Linux") || ua.contains("X11")) {
            return "Linux";
        }
        return null;
    }
}
