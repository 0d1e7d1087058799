package org.kinopanorama.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code scheme://host[:port]} of this site, without a trailing slash, for absolute links. Never simply the
 * request's {@code Host} header: a client writes that, and a page or feed naming {@code evil.example} could be kept
 * by a shared cache and served to everyone. The configured public URL wins; without one, the request's host only
 * when it is in the allowed list, else {@code http://localhost:<port>}.
 */
@ApplicationScoped
public class SiteAddress {

    private final Optional<String> configured;
    private final Set<String> allowedHosts;

    @Inject
    HttpServerRequest request;

    /**
     * Plain properties rather than a {@code @ConfigMapping}: a mapping for the {@code kinopanorama} root would claim
     * every other {@code kinopanorama.*} key too, and the names are the ones operators were told.
     *
     * @param publicUrl    the address readers use, e.g. {@code https://kino.example.org}
     * @param allowedHosts host names a request may name ({@code Host}, or {@code X-Forwarded-Host} with forwarding
     *                     on) to be written back when no public URL is set
     */
    @Inject
    SiteAddress(@ConfigProperty(name = "kinopanorama.public-url") Optional<URI> publicUrl,
                @ConfigProperty(name = "kinopanorama.allowed-hosts") List<String> allowedHosts) {
        this.configured = publicUrl.map(SiteAddress::origin);
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** This site's origin as the current request should write it. */
    public String origin() {
        if (configured.isPresent()) {
            return configured.get();
        }
        HostAndPort authority = request.authority();
        if (authority != null && allowedHosts.contains(authority.host().toLowerCase(Locale.ROOT))) {
            return request.scheme() + "://" + authority;
        }
        return "http://localhost:" + request.localAddress().port();
    }

    private static String origin(URI url) {
        if (url.getScheme() == null || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("kinopanorama.public-url must be an absolute http(s) address, e.g. "
                    + "https://kino.example.org, was " + url);
        }
        String text = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + Optional.ofNullable(url.getRawPath()).orElse("");
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
