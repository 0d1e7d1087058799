package org.kinopanorama.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The visitor's CSRF token, for forms: {@code {#csrf /}} writes it as a hidden field. The token lives in
 * an HttpOnly cookie set by {@link RequestGuards}; a state-changing request must send it back in the form.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "kp-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String CONTEXT_KEY = "kinopanorama.csrf";

    @Inject
    RoutingContext context;

    public String token() {
        return context.get(CONTEXT_KEY);
    }

    public String field() {
        return FIELD;
    }
}
