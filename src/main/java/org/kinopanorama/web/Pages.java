package org.kinopanorama.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A page rendered here rather than by Quarkus, for a status other than 200 or a response built by hand.
 * It is in the reader's language like every other page: {@link ReaderLocale} gave the template its locale.
 */
public final class Pages {

    private Pages() {
    }

    /** A page already rendered (a kept one, the reader's parts put in). */
    public static Response html(int status, io.vertx.core.buffer.Buffer page) {
        return Response.status(status).entity(page.getBytes()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
