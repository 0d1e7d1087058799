package org.kinopanorama.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.time.LocalDate;
import java.util.Deque;

/**
 * Text that is not text is refused at the edge, once for every route: a control character (NUL and the other C0
 * characters, and DEL) in the path, a query parameter or a form field gets a 400 (the site's page, or JSON under
 * {@code /api/}) before any resource sees it. PostgreSQL cannot store a NUL in text, and none of these belongs in a
 * name, a note or a search. Tab, line feed and carriage return are allowed in query and form values, where a
 * textarea legitimately sends them; never in the path. An uploaded file's name is checked here; its content by its own reader.
 */
public class InputHygiene {

    /** The first watched date accepted: the Lumière brothers' first public screening. */
    public static final LocalDate FIRST_DAY_OF_CINEMA = LocalDate.of(1895, 12, 28);

    @ServerRequestFilter(preMatching = true)
    public Response addressOnly(HttpServerRequest request) {
        // before matching, so that a NUL in a path segment is a 400 rather than whatever the route does with it
        if (encodedControl(request.path(), false) || encodedControl(request.query(), true)) {
            return refused(request);
        }
        return null;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response formFields(ResteasyReactiveContainerRequestContext requestContext, HttpServerRequest request) {
        FormData form = ((ResteasyReactiveRequestContext) requestContext.getServerRequestContext()).getFormData();
        if (form == null) {
            return null;
        }
        for (String name : form) {
            if (control(name, false)) {
                return refused(request);
            }
            Deque<FormValue> values = form.get(name);
            for (FormValue value : values) {
                if (value.isFileItem() ? control(value.getFileName(), false) : control(value.getValue(), true)) {
                    return refused(request);
                }
            }
        }
        return null;
    }

    /** A date a person may have watched a film on: from the first screening to tomorrow (time zones). */
    public static boolean plausibleWatchDate(LocalDate day) {
        return !day.isBefore(FIRST_DAY_OF_CINEMA) && !day.isAfter(LocalDate.now().plusDays(1));
    }

    public static GuardMessages messages() {
        boolean russian = Arc.container().requestContext().isActive()
                && Arc.container().instance(Language.class).get().russian();
        return russian ? MessageBundles.get(GuardMessages.class, Localized.Literal.of(Language.RUSSIAN))
                : MessageBundles.get(GuardMessages.class);
    }

    private static Response refused(HttpServerRequest request) {
        return ErrorPages.badInput(request, messages().control_characters());
    }

    /** True when the text has a control character; {@code lines} allows tab, LF and CR. */
    static boolean control(String text, boolean lines) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7F) && !(lines && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same for a raw path or query, where a control character may also be percent-encoded; a {@code %} that
     * starts no escape ({@code %zz}, a lone {@code %}) is refused too, as it cannot be decoded.
     */
    static boolean encodedControl(String raw, boolean lines) {
        if (raw == null) {
            return false;
        }
        if (control(raw, false)) {
            return true;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            int value = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)) : -1;
            // a % that starts no escape cannot be decoded at all
            if (value < 0 || value < 0x20 && !(lines && (value == '\t' || value == '\n' || value == '\r')) || value == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        return digit < 0 ? -1000 : digit;
    }
}
