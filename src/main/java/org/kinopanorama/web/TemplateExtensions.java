package org.kinopanorama.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@TemplateExtension
public class TemplateExtensions {

    /** For a value inside a URL's query: {@code ?return={path.urlEncoded}}. */
    static String urlEncoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
