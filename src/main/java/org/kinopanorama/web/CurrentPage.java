package org.kinopanorama.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The request as the layout needs it: {@code {inject:currentPage.is('/about')}} marks the current link. */
@Named("currentPage")
@RequestScoped
public class CurrentPage {

    @Inject
    HttpServerRequest request;

    public String path() {
        return request.path();
    }

    /** True on the page itself and, except for the home page, below it. */
    public boolean is(String section) {
        String path = path();
        return "/".equals(section) ? "/".equals(path) : path.equals(section) || path.startsWith(section + "/");
    }
}
