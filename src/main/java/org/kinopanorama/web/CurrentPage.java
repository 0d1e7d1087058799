package org.kinopanorama.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/** The request as the layout needs it: {@code {inject:currentPage.is('/about')}} marks the current link. */
@Named("currentPage")
@RequestScoped
public class CurrentPage {

    /** Notices a redirect may ask the next page to show; only these fixed texts, never text from the URL. */
    private static final Map<String, Function<Messages, String>> NOTICES = Map.of(
            "account-deleted", Messages::account_deleted);

    @Inject
    HttpServerRequest request;

    @Inject
    Language language;

    public String path() {
        return request.path();
    }

    /** True on the page itself and, except for the home page, below it. */
    public boolean is(String section) {
        String path = path();
        return "/".equals(section) ? "/".equals(path) : path.equals(section) || path.startsWith(section + "/");
    }

    @Inject
    SiteAddress site;

    /** scheme://host[:port] of this site: its public URL, or the host the visitor reached when that one is allowed. */
    public String origin() {
        return site.origin();
    }

    /** The page's own address without its query: pages whose query matters give their own. */
    public String canonical() {
        return origin() + path();
    }

    /** Sign-in link that brings the visitor back to this page afterwards. */
    public String signInHref() {
        return withReturn("/signin");
    }

    public String signUpHref() {
        return withReturn("/signup");
    }

    public String notice() {
        String key = request.getParam("notice");
        Function<Messages, String> notice = key == null ? null : NOTICES.get(key);
        return notice == null ? null : notice.apply(language.messages());
    }

    /** Where the language switcher brings the reader back to: this page, unless a form was posted to get it. */
    public String returnPath() {
        String method = request.method().name();
        return method.equals("GET") || method.equals("HEAD") ? ReturnPath.local(request.uri()) : "/";
    }

    private String withReturn(String page) {
        String back = ReturnPath.safe(request.uri());
        return "/".equals(back) ? page : page + "?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
