package org.kinopanorama.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.kinopanorama.account.AccountSessions;
import org.kinopanorama.account.ReaderVersions;
import org.kinopanorama.account.SessionCookies;
import org.kinopanorama.account.SessionGate;
import org.kinopanorama.catalog.CatalogueVersion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Catalogue pages as anonymous readers see them, kept in memory until the catalogue changes.
 *
 * <p>A page is kept per address (scheme, host, path and query) and language, with the {@link CatalogueVersion} it
 * was rendered under; it is served only while that is still the version this instance knows, and neither served nor
 * kept while the version is unknown (change notifications lost). Only readers without a session cookie or an
 * {@code Authorization} header are served from it or fill it; a signed-in reader's pages are never kept and are
 * marked {@code private, no-store}.
 *
 * <p>The one per-visitor part of an anonymous page is its CSRF token (the language switch's form): it is cut out
 * of the kept text and the current visitor's own token put back on every answer, so one visitor's token never
 * reaches another. The {@code Set-Cookie} of a new token is the visitor's own answer, never kept.
 *
 * <p>Answers carry an {@code ETag} (app, catalogue version, language and, for pages with a form, a digest of the
 * visitor's token) and {@code Cache-Control: no-cache}: a browser or proxy must ask again each time, and a
 * matching {@code If-None-Match} gets {@code 304} without rendering. Pages with a token are {@code private} (a
 * shared cache that disregards {@code Vary: Cookie} would hand the token to others); pages without one (the Atom
 * feeds) are {@code public}.
 *
 * <p>In {@code /q/metrics}: the cache's gets (hit/miss), puts, evictions, pages and bytes ({@code cache_*} with
 * {@code cache="pages"}), and {@code kinopanorama_page_cache_answers_total} by how a request was answered. A page
 * served from memory keeps the route template of the resource that rendered it ({@code /films/{id}}), so request
 * timings have one series per route, not one per film.
 */
@ApplicationScoped
public class PageCache {

    private static final Logger LOG = Logger.getLogger(PageCache.class);
    static final String PENDING = "kinopanorama.page-cache.pending";
    /** Where Quarkus REST leaves the matched route template for the HTTP metrics (its ObservabilityUtil). */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";

    /**
     * Catalogue pages: the same for every anonymous reader of a language, until the catalogue changes. The film list
     * and search are kept per address (path and query): a filter or query asked once is not let in to push out
     * pages read often (Caffeine admits by frequency), and the memory they may take is bounded like every page's.
     */
    static final Pattern CACHEABLE = Pattern.compile("/|/films|/search|/films/[0-9]{1,18}|/lists/[a-z0-9-]{1,80}"
            + "|/themes(/[a-z0-9-]{1,80})?|/people/[0-9]{1,18}|/studios/[0-9]{1,18}|/topics(/[a-z0-9-]{1,80})?"
            + "|/feeds/(lists/[a-z0-9-]{1,80}\\.atom|themes/[a-z0-9-]{1,80}\\.atom|films\\.atom)");

    /** How {@code {#csrf /}} writes the token; only there is it cut out of a kept page. */
    static final String TOKEN_FIELD = "name=\"" + CsrfToken.FIELD + "\" value=\"";
    /** Tokens as {@link RequestGuards} issues them; a visitor who sent another kind gets pages rendered for them. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,128}");

    /** @param reader true for the page as signed-in readers share it, its reader's parts left as slots */
    record Key(String origin, String uri, String language, boolean reader) {
    }

    /** Where a signed-in reader's own part of a shared page goes: {@code <!--kp-slot:nav-->} (see {@link ReaderSlots}). */
    static final Pattern SLOT = Pattern.compile("<!--kp-slot:([a-z0-9:]{1,60})-->");

    /**
     * A kept page: its text in parts, between which go the visitor's CSRF token ({@code holes[i] == null}) or a
     * signed-in reader's own part (the slot's name).
     *
     * @param route the route template of the resource that rendered it, for the request metrics; null if unknown
     * @param shareable false when the visitor's token was elsewhere in it too: then it must not reach others
     */
    record Page(long version, String contentType, byte[][] parts, String[] holes, String route, boolean shareable) {

        boolean personal() {
            return parts.length > 1;
        }

        /** The names of the slots, in page order. */
        List<String> slots() {
            return java.util.Arrays.stream(holes).filter(java.util.Objects::nonNull).toList();
        }

        int weight() {
            int bytes = 96;
            for (byte[] part : parts) {
                bytes += part.length + 16;
            }
            for (String hole : holes) {
                bytes += hole == null ? 8 : 16 + 2 * hole.length();
            }
            return bytes;
        }

        Buffer body(String token) {
            return body(token, java.util.Map.of());
        }

        /** The page with this visitor's token and, for a signed-in reader, their parts put in. */
        Buffer body(String token, java.util.Map<String, String> slots) {
            byte[] tokenBytes = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
            Buffer body = Buffer.buffer(weight() + parts.length * tokenBytes.length + 1024 * slots.size());
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    String hole = holes[i - 1];
                    if (hole == null) {
                        body.appendBytes(tokenBytes);
                    } else {
                        body.appendString(slots.getOrDefault(hole, ""), "UTF-8");
                    }
                }
                body.appendBytes(parts[i]);
            }
            return body;
        }

        /**
         * The page with the visitor's token cut out of its CSRF fields and the slots left open; not
         * {@link #shareable} when the token is anywhere else in it too.
         */
        static Page of(long version, String contentType, String text, String token, String route) {
            List<byte[]> parts = new ArrayList<>();
            List<String> holes = new ArrayList<>();
            StringBuilder rest = new StringBuilder(text.length());
            String field = token == null ? null : TOKEN_FIELD + token + "\"";
            java.util.regex.Matcher slot = SLOT.matcher(text);
            int from = 0;
            int nextField = field == null ? -1 : text.indexOf(field);
            int nextSlot = slot.find() ? slot.start() : -1;
            while (nextField >= 0 || nextSlot >= 0) {
                if (nextField >= 0 && (nextSlot < 0 || nextField < nextSlot)) {
                    int cut = nextField + TOKEN_FIELD.length();
                    parts.add(text.substring(from, cut).getBytes(StandardCharsets.UTF_8));
                    holes.add(null);
                    rest.append(text, from, cut);
                    from = cut + token.length();
                    nextField = text.indexOf(field, from);
                } else {
                    parts.add(text.substring(from, nextSlot).getBytes(StandardCharsets.UTF_8));
                    holes.add(slot.group(1));
                    rest.append(text, from, nextSlot);
                    from = slot.end();
                    nextSlot = slot.find() ? slot.start() : -1;
                }
            }
            rest.append(text, from, text.length());
            boolean shareable = token == null || rest.indexOf(token) < 0;
            parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
            return new Page(version, contentType, parts.toArray(byte[][]::new), holes.toArray(String[]::new), route,
                    shareable);
        }
    }

    record Pending(Key key, long version, String token) {
    }

    /** A signed-in reader's parts of one shared page, for the visitor's token (their forms carry it). */
    record ReaderKey(long account, String token, Key page) {
    }

    /**
     * A reader's parts as rendered under a catalogue version and the reader's own version ({@link ReaderVersions}):
     * served again only while both are still the same.
     */
    record ReaderParts(long catalogueVersion, long readerVersion, Map<String, String> slots) {

        int weight() {
            int bytes = 128;
            for (Map.Entry<String, String> slot : slots.entrySet()) {
                bytes += 48 + 2 * (slot.getKey().length() + slot.getValue().length());
            }
            return bytes;
        }
    }

    /** What an operator reads in {@code /q/health}. */
    public record Stats(long hits, long misses, long notModified, long unknownVersion, long stored, long pages,
                        long bytes, long maxBytes, long readerHits, long readerMisses, long readerKept) {
    }

    @Inject
    CatalogueVersion version;

    @Inject
    ReaderVersions readerVersions;

    @Inject
    SessionCookies sessionCookies;

    private final PageCacheConfig config;
    private final String sessionCookie;
    private final String release;
    private final Cache<Key, Page> pages;
    private final Cache<ReaderKey, ReaderParts> readerParts;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder unknownVersion = new LongAdder();
    private final LongAdder stored = new LongAdder();
    private final LongAdder readerHits = new LongAdder();
    private final LongAdder readerMisses = new LongAdder();
    private final LongAdder readerKept = new LongAdder();

    PageCache(PageCacheConfig config,
              @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
              @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String applicationVersion,
              MeterRegistry registry) {
        this.config = config;
        this.sessionCookie = sessionCookie;
        this.release = digest(applicationVersion).substring(0, 6);
        this.pages = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, config.maxBytes()))
                .weigher((Key key, Page page) -> page.weight() + 2 * (key.origin().length() + key.uri().length()))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, pages, "pages");
        this.readerParts = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, config.readerMaxBytes()))
                .weigher((ReaderKey key, ReaderParts parts) -> parts.weight() + 2 * key.token().length() + 64)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, readerParts, "reader-parts");
        Gauge.builder("kinopanorama.page.cache.bytes", this, c -> c.stats().bytes()).baseUnit("bytes")
                .description("Memory the kept pages take (their text and keys)").register(registry);
        Gauge.builder("kinopanorama.page.cache.max.bytes", config, PageCacheConfig::maxBytes).baseUnit("bytes")
                .description("Most memory the kept pages may take (kinopanorama.page-cache.max-bytes)").register(registry);
        answers(registry, "hit", hits, "served from memory");
        answers(registry, "miss", misses, "rendered, then kept");
        answers(registry, "not-modified", notModified, "answered 304 to a matching If-None-Match");
        answers(registry, "unknown-version", unknownVersion, "rendered and not kept: the catalogue version was unknown");
        answers(registry, "reader-hit", readerHits, "a signed-in reader's page from the shared one, their parts put in");
        answers(registry, "reader-miss", readerMisses, "a signed-in reader's page rendered, then kept for the others");
        answers(registry, "reader-kept", readerKept,
                "a signed-in reader's page from the shared one and their own parts kept, checked by one read of their version");
    }

    private static void answers(MeterRegistry registry, String result, LongAdder count, String description) {
        FunctionCounter.builder("kinopanorama.page.cache.answers", count, LongAdder::sum).tag("result", result)
                .description("Anonymous catalogue pages by how they were answered: " + description).register(registry);
    }

    void install(@Observes Router router) {
        // after RequestGuards (security headers, CSRF cookie, language) and SessionGate (who is signed in), before
        // Quarkus's authentication and REST
        router.route().order(Integer.MIN_VALUE + 250).handler(this::serve);
    }

    void onCatalogueChange(@Observes CatalogueVersion.Changed changed) {
        pages.invalidateAll();
        readerParts.invalidateAll();
        LOG.debugf("Catalogue version %s: page cache emptied (%s)", changed.version(), stats());
    }

    public Stats stats() {
        return new Stats(hits.sum(), misses.sum(), notModified.sum(), unknownVersion.sum(), stored.sum(),
                pages.estimatedSize(), pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L),
                config.maxBytes(), readerHits.sum(), readerMisses.sum(), readerKept.sum());
    }

    private void serve(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!config.enabled() || request.method() != HttpMethod.GET) {
            rc.next();
            return;
        }
        boolean catalogue = CACHEABLE.matcher(rc.normalizedPath()).matches();
        if (!anonymous(request)) {
            if (!catalogue || !servedToReader(rc)) {
                signedIn(rc);
            }
            return;
        }
        if (!catalogue) {
            rc.next();
            return;
        }
        OptionalLong known = version.current();
        if (known.isEmpty()) {
            unknownVersion.increment(); // stale until the version is read again: render, keep nothing
            rc.next();
            return;
        }
        Key key = key(rc, false);
        String token = rc.get(CsrfToken.CONTEXT_KEY);
        if (token == null || !TOKEN.matcher(token).matches()) {
            rc.next(); // a token of a hand-made cookie, which escaping may change on the page: nothing shared
            return;
        }
        Page page = pages.getIfPresent(key);
        if (page == null || page.version() != known.getAsLong()) {
            misses.increment();
            rc.put(PENDING, new Pending(key, known.getAsLong(), token));
            rc.next();
            return;
        }
        hits.increment();
        io.vertx.core.Context context = requestContext(rc);
        if (page.route() != null && context != null) {
            context.putLocal(ROUTE_TEMPLATE, page.route());
        }
        HttpServerResponse response = rc.response();
        String etag = etag(page, key.language(), token);
        validators(response.headers()::set, page, etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            notModified.increment();
            response.setStatusCode(304).end();
            return;
        }
        response.headers().set("Content-Type", page.contentType());
        response.end(page.body(token));
    }

    /** A signed-in reader's page goes on to be rendered for them: never kept by the browser or a proxy. */
    private static void signedIn(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        rc.addHeadersEndHandler(ignored -> {
            String type = response.headers().get("Content-Type");
            if (type != null && type.startsWith("text/html") && !response.headers().contains("Cache-Control")) {
                response.headers().set("Cache-Control", "private, no-store");
            }
        });
        rc.next();
    }

    /**
     * Answers a signed-in reader (not a curator) from the page signed-in readers share, with the parts last rendered
     * for them, when one primary-key read finds their version unchanged since. False, doing nothing, when there is
     * no such page or parts; when the read finds a change (or fails), the request goes on to be rendered.
     */
    private boolean servedToReader(RoutingContext rc) {
        Optional<AccountSessions.Reader> reader = SessionGate.vouched(rc);
        OptionalLong known = version.current();
        String token = rc.get(CsrfToken.CONTEXT_KEY);
        if (reader.isEmpty() || reader.get().hasRole("curator") || known.isEmpty() || token == null
                || !TOKEN.matcher(token).matches()) {
            return false;
        }
        Key key = key(rc, true);
        Page page = pages.getIfPresent(key);
        ReaderParts parts = page == null ? null : readerParts.getIfPresent(new ReaderKey(reader.get().accountId(), token, key));
        if (parts == null || page.version() != known.getAsLong() || parts.catalogueVersion() != known.getAsLong()) {
            return false;
        }
        long account = reader.get().accountId();
        rc.request().pause(); // as SessionGate: the handlers after us resume it if the page is rendered after all
        rc.vertx().executeBlocking(() -> readerVersions.of(account), false).onComplete(read -> {
            OptionalLong now = version.current();
            if (read.failed() || read.result().isEmpty() || read.result().getAsLong() != parts.readerVersion()
                    || now.isEmpty() || now.getAsLong() != page.version()) {
                signedIn(rc);
                return;
            }
            readerKept.increment();
            io.vertx.core.Context context = requestContext(rc);
            if (page.route() != null && context != null) {
                context.putLocal(ROUTE_TEMPLATE, page.route());
            }
            sessionCookies.renewIfDue(rc);
            HttpServerResponse response = rc.response();
            response.headers().set("Content-Type", page.contentType());
            response.headers().set("Cache-Control", "private, no-store");
            response.end(page.body(token, parts.slots()));
        });
        return true;
    }

    /** Keeps what a miss rendered (Quarkus REST calls it for every response; it acts on the misses only). */
    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        Pending pending = rc.get(PENDING);
        if (pending == null || response.getStatus() != 200 || response.getEntity() == null
                || request.getSecurityContext().getUserPrincipal() != null
                || response.getHeaders().containsKey("Set-Cookie") || response.getHeaders().containsKey("Cache-Control")
                || response.getMediaType() == null) {
            return;
        }
        OptionalLong now = version.current();
        if (now.isEmpty() || now.getAsLong() != pending.version()) {
            return; // the catalogue changed while this page was rendered: it may be either version's
        }
        Object entity = response.getEntity();
        String text;
        if (entity instanceof TemplateInstance template) {
            text = template.render();
        } else if (entity instanceof String rendered) {
            text = rendered;
        } else {
            return;
        }
        MediaType type = response.getMediaType();
        io.vertx.core.Context context = requestContext(rc);
        Object route = context == null ? null : context.getLocal(ROUTE_TEMPLATE);
        Page page = Page.of(pending.version(), type.toString(), text, pending.token(), route instanceof String r ? r : null);
        if (!page.shareable() || !page.slots().isEmpty()) {
            return;
        }
        pages.put(pending.key(), page);
        stored.increment();
        response.setEntity(text, response.getEntityAnnotations(), type);
        String etag = etag(page, pending.key().language(), pending.token());
        validators(response.getHeaders()::putSingle, page, etag);
        if (matches(request.getHeaderString("If-None-Match"), etag)) {
            notModified.increment();
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static Key key(RoutingContext rc, boolean reader) {
        HttpServerRequest request = rc.request();
        return new Key(request.scheme() + "://" + request.authority(), request.uri(), rc.get(Language.CONTEXT_KEY), reader);
    }

    /**
     * Whether this signed-in reader's page may come from the page that signed-in readers share: a GET of a
     * catalogue page by a reader who is not a curator (curators' pages carry tools of their own), under a known
     * catalogue version, with a token of ours. The resource then asks {@link #keptForReader} before it loads
     * anything, and hands a page it rendered to {@link #keepForReader}.
     */
    public boolean sharesWith(RoutingContext rc, Viewer viewer) {
        return config.enabled() && rc.request().method() == HttpMethod.GET && viewer.signedIn() && !viewer.curator()
                && version.current().isPresent() && rc.get(CsrfToken.CONTEXT_KEY) instanceof String token
                && TOKEN.matcher(token).matches() && CACHEABLE.matcher(rc.normalizedPath()).matches();
    }

    /**
     * The shared page of this address for a signed-in reader, their parts put in by {@code fill} (given the page's
     * slots, it answers each one's HTML: one small query for all of them); empty when it is not kept.
     */
    public Optional<Buffer> keptForReader(RoutingContext rc, Function<List<String>, Map<String, String>> fill) {
        OptionalLong known = version.current();
        Page page = pages.getIfPresent(key(rc, true));
        if (known.isEmpty() || page == null || page.version() != known.getAsLong()) {
            readerMisses.increment();
            return Optional.empty();
        }
        readerHits.increment();
        String token = rc.get(CsrfToken.CONTEXT_KEY);
        return Optional.of(page.body(token, fillAndKeep(rc, key(rc, true), page, token, fill)));
    }

    /**
     * Renders a signed-in reader's page with their parts left as slots ({@link ReaderSlots}), keeps it for the
     * other signed-in readers, and answers it with this reader's parts put in. Nothing is kept if the catalogue
     * changed meanwhile or the reader's name is in the shared text (a part that is not a slot yet).
     */
    public Buffer keepForReader(RoutingContext rc, TemplateInstance template, Viewer viewer, ReaderSlots slots,
                                Function<List<String>, Map<String, String>> fill) {
        OptionalLong before = version.current();
        String text;
        slots.share(true);
        try {
            text = template.render();
        } finally {
            slots.share(false);
        }
        String token = rc.get(CsrfToken.CONTEXT_KEY);
        io.vertx.core.Context context = requestContext(rc);
        Object route = context == null ? null : context.getLocal(ROUTE_TEMPLATE);
        Page page = Page.of(before.orElse(-1), "text/html;charset=UTF-8", text, token, route instanceof String r ? r : null);
        OptionalLong after = version.current();
        if (page.shareable() && before.isPresent() && after.isPresent() && before.getAsLong() == after.getAsLong()
                && !text.contains(viewer.name())) {
            pages.put(key(rc, true), page);
            stored.increment();
        }
        return page.body(token, fillAndKeep(rc, key(rc, true), page, token, fill));
    }

    /**
     * The reader's parts of this page, kept for them under the reader's version read first: a change that lands
     * while they are rendered leaves them kept under the older version, so they are rendered again next time.
     */
    private Map<String, String> fillAndKeep(RoutingContext rc, Key key, Page page, String token,
                                            Function<List<String>, Map<String, String>> fill) {
        Optional<AccountSessions.Reader> reader = SessionGate.vouched(rc);
        OptionalLong readerVersion = reader.isPresent() ? readerVersions.of(reader.get().accountId()) : OptionalLong.empty();
        Map<String, String> parts = fill.apply(page.slots());
        OptionalLong now = version.current();
        if (readerVersion.isPresent() && now.isPresent() && now.getAsLong() == page.version() && page.version() >= 0
                && token != null && TOKEN.matcher(token).matches()) {
            readerParts.put(new ReaderKey(reader.get().accountId(), token, key),
                    new ReaderParts(page.version(), readerVersion.getAsLong(), Map.copyOf(parts)));
        }
        return parts;
    }

    /** The request's own Vert.x context, where Quarkus keeps the route template that the HTTP metrics read. */
    private static io.vertx.core.Context requestContext(RoutingContext rc) {
        return rc.request() instanceof HttpServerRequestInternal request ? request.context() : null;
    }

    private boolean anonymous(HttpServerRequest request) {
        return request.getCookie(sessionCookie) == null && request.getCookie(SessionCookies.SESSION_ID) == null
                && request.getHeader("Authorization") == null;
    }

    private static void validators(java.util.function.BiConsumer<String, String> header, Page page, String etag) {
        header.accept("ETag", etag);
        header.accept("Cache-Control", page.personal() ? "private, no-cache" : "public, no-cache");
        if (!page.contentType().startsWith("text/html")) {
            header.accept("Vary", "Accept-Language, Cookie"); // RequestGuards says so for HTML
        }
    }

    /** Same release, catalogue version and language, and for a page with a form the same visitor's token. */
    private String etag(Page page, String language, String token) {
        String visitor = page.personal() && token != null ? "-" + digest(token).substring(0, 12) : "";
        return "\"" + release + "-" + page.version() + "-" + language + visitor + "\"";
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
