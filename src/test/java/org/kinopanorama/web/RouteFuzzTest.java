package org.kinopanorama.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.SessionCookies;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route's every parameter, found by reflection on the JAX-RS resources (a new route is covered without
 * editing this test), gets a corpus of hostile values — NUL and other control characters, huge strings, invalid
 * UTF-8 percent-encodings, SQL and HTML metacharacters, negative and huge numbers, impossible dates — as a path
 * segment, query parameter or form field, anonymously, as a reader and as a curator, with a valid CSRF token so
 * that the body is processed. No answer may be a 5xx, and under /api/ every error is JSON. On a database of its
 * own, shared only with {@link DatabaseOutageTest}, which signs up but never signs in: the sign-in throttle it trips must not
 * refuse other tests' sign-ins.
 */
@QuarkusTest
@TestProfile(StoppablePostgres.Profile.class)
class RouteFuzzTest {

    /** Values sent as they are, already percent-encoded: broken or overlong encodings. */
    private static final List<String> RAW = List.of("%FF%FE", "%C3%28", "%ED%A0%80", "%C0%80", "%F4%90%80%80", "%", "%zz", "%%00", "%E2%82");

    private static final List<String> VALUES = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0001\u0002\u001f", "\u007f", "\t\r\n", "line\nbreak", "\u001b[31mred",
            "x".repeat(3000), "Ω".repeat(500), "\uD83C\uDFAC\u202E\uFEFF\u200B",
            "' OR '1'='1' --", "\"; DROP TABLE film; --", "%_\\", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "{{7*7}}${7*7}", "../../../../etc/passwd", "//evil.example/", "javascript:alert(1)",
            "-1", "0", "-9223372036854775808", "9223372036854775807", "99999999999999999999999", "1e309", "NaN", "0x1F", "1.5",
            "+999999999-12-31", "-999999999-01-01", "0000-00-00", "2026-02-30", "1800-01-01", "9999-12-31",
            "true", "yes", "null", "[]", "{}", "=HYPERLINK(\"http://evil.example\")");

    /** Form values may be long: a note, a description. */
    private static final String HUGE_FORM_VALUE = "y".repeat(300_000);

    /** Fields whose hostile values would end the identity the rest of the run needs. */
    private static final List<String> ANONYMOUS_ONLY = List.of("/signout");

    /**
     * Routes that end every session of the signed-in person with nothing but the CSRF token: walked last, after a
     * check that the identity is still signed in, so the signed-in walk really runs signed in.
     */
    private static final List<String> ENDS_SESSIONS = List.of("/account/sessions/end-all");

    /** One client for the whole run: it keeps its connections open between requests. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();

    record Route(String httpMethod, String template, List<Param> params, String consumes, String resource) {
        boolean isApi() {
            return template.startsWith("/api/") || template.equals("/api");
        }
    }

    record Param(String kind, String name, boolean file) {
    }

    record Identity(String name, String session, String sessionId, String csrf) {
        /** The cookies a browser of this identity sends. */
        String cookies() {
            return CsrfToken.COOKIE + "=" + csrf + (session == null ? "" : "; kp-session=" + session + "; " + SessionCookies.SESSION_ID + "=" + sessionId);
        }
    }

    @Test
    void noRouteAnswers5xxToHostileValues() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).as("routes found by reflection").hasSizeGreaterThan(40);
        List<Identity> identities = List.of(anonymous(), reader(), curator());

        // each identity walks every route in the same order on a thread of its own: the three share no session
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(identities.size());
        try {
            List<Future<?>> walks = new ArrayList<>();
            for (Identity identity : identities) {
                walks.add(pool.submit(() -> walk(routes, identity, tally)));
            }
            for (Future<?> walk : walks) {
                walk.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int tried = tally.tried.get();
        List<String> failures = tally.failures;
        int held = tried - failures.size();
        System.out.printf("Route fuzz: %d routes, %d cases tried, %d held (%d of them written byte for byte: the HTTP client refuses them)%n",
                routes.size(), tried, held, tally.unsendable.get());
        System.out.printf("Route fuzz: %d state-changing requests of a signed-in person were accepted (303)%n", tally.processed.get());
        tally.nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf("Route fuzz: %.1f s on %s%n", e.getValue() / 1e9, e.getKey()));
        assertThat(tally.processed.get()).as("the CSRF token is accepted, so bodies are processed").isGreaterThan(100);
        assertThat(tally.stillSignedIn).as("the signed-in walks ran signed in up to the routes that end sessions")
                .containsExactlyInAnyOrder("at start reader: 200", "at start curator: 200",
                        "before ending sessions reader: 200", "before ending sessions curator: 200");
        failures.stream().limit(200).forEach(f -> System.out.println("FUZZ FAILURE " + f));
        assertThat(failures).as("cases tried: " + tried + ", held: " + held).isEmpty();
    }

    /** What the walks found, added up from their threads. */
    private static final class Tally {
        final AtomicInteger tried = new AtomicInteger();
        final AtomicInteger unsendable = new AtomicInteger();
        final AtomicInteger processed = new AtomicInteger();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Long> nanos = new ConcurrentHashMap<>();
        final List<String> stillSignedIn = Collections.synchronizedList(new ArrayList<>());
    }

    /** Whether the identity's session still opens its account page (not a redirect to sign in). */
    private String stillSignedIn(Identity identity) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/account"))
                    .header("Cookie", identity.cookies())
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + answer.headers().firstValue("Location").map(l -> " " + l).orElse("");
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    /** Every case of every route, as one identity, in the routes' order. */
    private void walk(List<Route> all, Identity identity, Tally tally) {
        List<Route> routes = new ArrayList<>(all);
        routes.sort(Comparator.comparing(r -> ENDS_SESSIONS.contains(r.template())));
        if (identity.session() != null) {
            tally.stillSignedIn.add("at start " + identity.name() + ": " + stillSignedIn(identity));
        }
        boolean checked = false;
        String lastRoute = "";
        for (Route route : routes) {
            if (!checked && identity.session() != null && ENDS_SESSIONS.contains(route.template())) {
                checked = true;
                tally.stillSignedIn.add("before ending sessions " + identity.name() + ": " + stillSignedIn(identity));
            }
            if (identity.session() != null && !checked && !stillSignedIn(identity).equals("200")) {
                tally.stillSignedIn.add("lost after " + lastRoute);
                checked = true;
            }
            lastRoute = route.httpMethod() + " " + route.template();
            if (identity.session() != null && ANONYMOUS_ONLY.stream().anyMatch(route.template()::startsWith)) {
                continue;
            }
            long routeStart = System.nanoTime();
            for (Case c : cases(route)) {
                RawHttp.Answer response;
                try {
                    response = send(route, identity, c);
                } catch (Exception e) {
                    if (e instanceof URISyntaxException || e instanceof IllegalArgumentException && String.valueOf(e.getMessage()).startsWith("Malformed escape")) {
                        // the HTTP client refuses this address itself (a lone %): written byte for byte instead
                        tally.unsendable.incrementAndGet();
                        tally.tried.incrementAndGet();
                        RawHttp.Answer raw = sendRaw(route, identity, c);
                        if (raw.status() >= 500) {
                            tally.failures.add(describe(route, identity, c) + " -> " + raw.status() + " " + abbreviated(raw.body()));
                        } else if (route.isApi() && raw.status() >= 400 && raw.status() != 400
                                && (raw.contentType() == null || !raw.contentType().startsWith("application/json"))) {
                            // a bare 400 is the HTTP server refusing an address it cannot decode, before the app
                            tally.failures.add(describe(route, identity, c) + " -> " + raw.status() + " as " + raw.contentType() + " (the API answers JSON)");
                        }
                        continue;
                    }
                    tally.tried.incrementAndGet();
                    tally.failures.add(describe(route, identity, c) + " -> no answer: " + e);
                    continue;
                }
                tally.tried.incrementAndGet();
                int status = response.status();
                if (identity.session() != null && !route.httpMethod().equals("GET") && status == 303) {
                    tally.processed.incrementAndGet();
                }
                String type = response.contentType();
                if (status >= 500) {
                    tally.failures.add(describe(route, identity, c) + " -> " + status + " " + abbreviated(response.body()));
                } else if (route.isApi() && status >= 400 && (type == null || !type.startsWith("application/json"))) {
                    tally.failures.add(describe(route, identity, c) + " -> " + status + " as " + type + " (the API answers JSON)");
                }
            }
            tally.nanos.merge(route.httpMethod() + " " + route.template(), System.nanoTime() - routeStart, Long::sum);
        }
    }

    // ------------------------------------------------------------------ the cases

    record Case(Param param, String value, boolean raw) {
    }

    private static List<Case> cases(Route route) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(null, null, false)); // the route with defaults only
        List<Param> params = new ArrayList<>(route.params());
        for (Param param : params) {
            for (String value : VALUES) {
                cases.add(new Case(param, value, false));
            }
            for (String raw : RAW) {
                if (!param.file()) {
                    cases.add(new Case(param, raw, true));
                }
            }
            if (param.kind().equals("form")) {
                cases.add(new Case(param, HUGE_FORM_VALUE, false));
            }
        }
        return cases;
    }

    /**
     * One case as a browser or script would send it, on the connections one client keeps open (a new connection for
     * each of the run's 30,000 requests cost more than most answers).
     */
    private RawHttp.Answer send(Route route, Identity identity, Case c) throws IOException, InterruptedException {
        StringBuilder path = new StringBuilder();
        for (Segment segment : segments(route.template())) {
            if (segment.param() == null) {
                path.append(segment.literal());
            } else if (c.param() != null && c.param().kind().equals("path") && c.param().name().equals(segment.param())) {
                path.append(c.raw() ? c.value() : URLEncoder.encode(c.value(), StandardCharsets.UTF_8).replace("+", "%20"));
            } else {
                path.append(defaultFor(segment.regex()));
            }
        }
        StringBuilder query = new StringBuilder();
        if (c.param() != null && c.param().kind().equals("query")) {
            query.append(c.param().name()).append('=').append(encoded(c));
        }
        String url = path + (query.isEmpty() ? "" : "?" + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + url))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "*/*")
                .header("Cookie", identity.cookies());
        if (route.httpMethod().equals("GET")) {
            return answer(request.GET().build());
        }
        request.header(CsrfToken.HEADER, identity.csrf());
        boolean formValue = c.param() != null && c.param().kind().equals("form");
        byte[] body;
        if (route.consumes().startsWith(MediaType.MULTIPART_FORM_DATA)) {
            Multipart multipart = new Multipart();
            multipart.field("csrf", identity.csrf());
            boolean any = false;
            for (Param p : route.params()) {
                if (!p.kind().equals("form")) {
                    continue;
                }
                boolean target = formValue && p.equals(c.param());
                String value = target ? c.value() : "x";
                if (p.file()) {
                    multipart.file(p.name(), "fuzz.txt", value.getBytes(StandardCharsets.UTF_8));
                    any = true;
                } else if (target) {
                    multipart.field(p.name(), value);
                    any = true;
                }
            }
            if (!any) {
                multipart.field("nothing", "x");
            }
            request.header("Content-Type", multipart.contentType());
            body = multipart.bytes();
        } else if (route.consumes().startsWith(MediaType.APPLICATION_FORM_URLENCODED) || route.consumes().isEmpty()) {
            String form = "csrf=" + identity.csrf() + (formValue ? "&" + c.param().name() + "=" + encoded(c) : "");
            request.header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED + "; charset=UTF-8");
            body = form.getBytes(StandardCharsets.UTF_8);
        } else {
            String text = c.param() != null && c.param().kind().equals("body") ? c.value() : "x";
            request.header("Content-Type", route.consumes().split(",")[0] + "; charset=UTF-8");
            body = text.getBytes(StandardCharsets.UTF_8);
        }
        return answer(request.method(route.httpMethod(), HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static RawHttp.Answer answer(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new RawHttp.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** A multipart/form-data body: text fields and files, as a browser's form sends them. */
    private static final class Multipart {
        private final String boundary = "fuzz" + java.util.UUID.randomUUID().toString().replace("-", "");
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void field(String name, String value) {
            part("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: text/plain; charset=UTF-8",
                    value.getBytes(StandardCharsets.UTF_8));
        }

        void file(String name, String fileName, byte[] content) {
            part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/plain", content);
        }

        private void part(String headers, byte[] content) {
            out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }

        String contentType() {
            return MediaType.MULTIPART_FORM_DATA + "; boundary=" + boundary;
        }

        byte[] bytes() {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    /** The same request as {@link #send}, for an address with a broken escape, which only a raw socket sends. */
    private RawHttp.Answer sendRaw(Route route, Identity identity, Case c) {
        StringBuilder path = new StringBuilder();
        for (Segment segment : segments(route.template())) {
            if (segment.param() == null) {
                path.append(segment.literal());
            } else if (c.param().kind().equals("path") && c.param().name().equals(segment.param())) {
                path.append(c.value());
            } else {
                path.append(defaultFor(segment.regex()));
            }
        }
        String url = path + (c.param().kind().equals("query") ? "?" + c.param().name() + "=" + c.value() : "");
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Cookie", identity.cookies());
        if (route.httpMethod().equals("GET")) {
            return RawHttp.send("GET", url, headers, null);
        }
        headers.put(CsrfToken.HEADER, identity.csrf());
        headers.put("Content-Type", MediaType.APPLICATION_FORM_URLENCODED);
        return RawHttp.send(route.httpMethod(), url, headers, "csrf=" + identity.csrf());
    }

    private static String encoded(Case c) {
        return c.raw() ? c.value() : URLEncoder.encode(c.value(), StandardCharsets.UTF_8);
    }

    private static String defaultFor(String regex) {
        if (regex == null) {
            return "a";
        }
        for (String candidate : List.of("1", "a", "a.atom", "abcdefghijklmnopqrstuv")) {
            if (candidate.matches(regex)) {
                return candidate;
            }
        }
        return "1";
    }

    private static String describe(Route route, Identity identity, Case c) {
        String what = c.param() == null ? "defaults" : c.param().kind() + " " + c.param().name() + "=" + abbreviated(printable(c.value()));
        return route.httpMethod() + " " + route.template() + " (" + route.resource() + ") as " + identity.name() + ", " + what;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> out.append(cp < 0x20 || cp == 0x7F ? String.format("\\x%02x", cp) : Character.toString(cp)));
        return out.toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }

    // ------------------------------------------------------------------ identities

    private static Identity anonymous() {
        Response page = given().get("/signin");
        return new Identity("anonymous", null, null, page.getCookie(CsrfToken.COOKIE));
    }

    private static Identity reader() {
        String name = Visitor.uniqueName("fuzz-reader");
        return signedIn("reader", "/signup", "username", name, "email", name + "@example.org", "password", Visitor.password(name));
    }

    private static Identity curator() {
        return signedIn("curator", "/signin", "username", TestCurator.USERNAME, "password", TestCurator.PASSWORD);
    }

    private static Identity signedIn(String role, String path, String... fields) {
        String csrf = given().get(path).getCookie(CsrfToken.COOKIE);
        var request = given().redirects().follow(false).cookie(CsrfToken.COOKIE, csrf).formParam("csrf", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        Response response = request.post(path);
        assertThat(response.statusCode()).as(role + " " + response.asString()).isEqualTo(303);
        String session = response.getCookie("kp-session");
        String sessionId = response.getCookie(SessionCookies.SESSION_ID);
        assertThat(sessionId).as(role + " session id").isNotBlank();
        assertThat(session).as(role + " session").isNotBlank();
        String rotated = response.getCookie(CsrfToken.COOKIE);
        return new Identity(role, session, sessionId, rotated == null || rotated.isEmpty() ? csrf : rotated);
    }

    // ------------------------------------------------------------------ routes, by reflection

    static List<Route> routes() throws IOException, URISyntaxException {
        Path classes = Path.of(ErrorPages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/kinopanorama"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, RouteFuzzTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath == null || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String http = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                            : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (http == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    if (consumes == null) {
                        consumes = type.getAnnotation(Consumes.class);
                    }
                    routes.add(new Route(http, template, params(method), consumes == null ? "" : String.join(",", consumes.value()),
                            type.getSimpleName() + "." + method.getName()));
                }
            }
        }
        return routes;
    }

    private static List<Param> params(Method method) {
        List<Param> params = new ArrayList<>();
        boolean rawBody = true;
        for (Parameter p : method.getParameters()) {
            String kind = null;
            String name = p.getName();
            if (p.isAnnotationPresent(PathParam.class)) {
                kind = "path";
                name = p.getAnnotation(PathParam.class).value();
            } else if (p.isAnnotationPresent(RestPath.class)) {
                kind = "path";
                name = or(p.getAnnotation(RestPath.class).value(), name);
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                kind = "query";
                name = p.getAnnotation(QueryParam.class).value();
            } else if (p.isAnnotationPresent(RestQuery.class)) {
                kind = "query";
                name = or(p.getAnnotation(RestQuery.class).value(), name);
            } else if (p.isAnnotationPresent(FormParam.class)) {
                kind = "form";
                name = p.getAnnotation(FormParam.class).value();
            } else if (p.isAnnotationPresent(RestForm.class)) {
                kind = "form";
                name = or(p.getAnnotation(RestForm.class).value(), name);
            } else if (p.getType() == UriInfo.class) {
                // the route reads its whole query itself (the film filters): every filter is a parameter
                for (String filter : List.of("all", "any", "none", "decade", "list", "sort", "page", "size", "q", "genre", "country",
                        "director", "studio", "topic", "runtime", "animation", "source")) {
                    params.add(new Param("query", filter, false));
                }
            } else if (p.getType() == String.class && p.getAnnotations().length == 0 && rawBody) {
                kind = "body";
                rawBody = false;
            }
            if (kind != null) {
                params.add(new Param(kind, name, p.getType() == FileUpload.class));
            }
        }
        return params.stream().distinct().toList();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String join(String a, String b) {
        String path = ("/" + a + "/" + b).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    record Segment(String literal, String param, String regex) {
    }

    /** A path template in literal parts and {@code {name}} / {@code {name:regex}} parameters (regexes may hold braces). */
    static List<Segment> segments(String template) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.add(new Segment(template.substring(i), null, null));
                break;
            }
            out.add(new Segment(template.substring(i, open), null, null));
            int depth = 0;
            int close = open;
            for (; close < template.length(); close++) {
                char ch = template.charAt(close);
                if (ch == '{') {
                    depth++;
                } else if (ch == '}' && --depth == 0) {
                    break;
                }
            }
            String inside = template.substring(open + 1, close);
            int colon = inside.indexOf(':');
            out.add(colon < 0 ? new Segment(null, inside.strip(), null)
                    : new Segment(null, inside.substring(0, colon).strip(), inside.substring(colon + 1).strip()));
            i = close + 1;
        }
        return out;
    }

}
