package org.kinopanorama.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

@TemplateExtension
public class TemplateExtensions {

    /** For a value inside a URL's query: {@code ?return={path.urlEncoded}}. */
    static String urlEncoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The first paragraph, or "" when there is none: for meta descriptions. */
    static String firstParagraph(String text) {
        List<String> all = paragraphs(text);
        return all.isEmpty() ? "" : all.get(0);
    }

    /** Text as written, cut into its paragraphs (blank lines), for one {@code <p>} each. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
