package org.kinopanorama.catalog.feed;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/** An Atom feed (RFC 4287) as the template writes it; text is escaped there, by Qute. */
public record AtomFeed(String id, String title, String subtitle, Instant updated, String selfUrl, String alternateUrl,
                       List<Entry> entries) {

    /** Ids stay the same when the site moves to another host, so feed readers do not show old entries again. */
    static final String TAG = "tag:kinopanorama,2026:";

    // XML 1.0 cannot carry most control characters, even escaped: one in a title would break the whole feed
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    public AtomFeed {
        title = xmlText(title);
        subtitle = xmlText(subtitle);
    }

    /** One entry; {@code published}, {@code summary} and {@code content} may be null. */
    public record Entry(String id, String title, String url, Instant published, Instant updated, String summary,
                        String content) {
        public Entry {
            title = xmlText(title);
            summary = xmlText(summary);
            content = xmlText(content);
        }
    }

    /** RFC 3339 in UTC, to the second: {@code 2026-11-22T10:15:30Z}. */
    @TemplateExtension
    static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static String xmlText(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }
}
