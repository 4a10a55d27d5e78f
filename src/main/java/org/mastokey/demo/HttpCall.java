package org.mastokey.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One request to the fake server and the means to answer it. */
final class HttpCall {
    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final HttpExchange exchange;
    private final URI base;
    private Params params;
    private byte[] body;

    HttpCall(HttpExchange exchange, URI base) {
        this.exchange = exchange;
        this.base = base;
    }

    String method() {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** Path plus query string, as the browser asked for it (used to return after sign-in). */
    String pathAndQuery() {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? path() : path() + "?" + query;
    }

    URI base() {
        return base;
    }

    /** An absolute URL on this server. */
    String url(String path) {
        return base.toString() + path;
    }

    /**
     * An absolute URL on this server as the browser addressed it (Rails builds redirects from the request's
     * Host); documents such as the metadata use {@link #url} with the configured address instead.
     */
    String here(String path) {
        String host = header("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            return url(path);
        }
        return base.getScheme() + "://" + host + path;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    Optional<String> cookie(String name) {
        var headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return Optional.empty();
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
                    return Optional.of(part.substring(eq + 1).trim());
                }
            }
        }
        return Optional.empty();
    }

    /** The bearer token of the Authorization header, if any. */
    Optional<String> bearerToken() {
        String auth = header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = auth.substring(7).trim();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }
        return Optional.empty();
    }

    /** {@code [id, secret]} from HTTP Basic, if present and well-formed. */
    Optional<String[]> basicCredentials() {
        String auth = header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    byte[] body() throws IOException {
        if (body == null) {
            body = exchange.getRequestBody().readAllBytes();
        }
        return body;
    }

    /** Query string and body (form or JSON) merged, body winning, like Rails' {@code params}. */
    Params params() throws IOException {
        if (params == null) {
            Params p = Params.empty().addUrlEncoded(exchange.getRequestURI().getRawQuery());
            String type = Optional.ofNullable(header("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
            byte[] bytes = body();
            if (bytes.length > 0) {
                if (type.startsWith("application/json")) {
                    try {
                        p.addJson(JSON.readTree(bytes));
                    } catch (IOException malformed) {
                        // Rails answers a malformed JSON body with 400; treated as no parameters here
                    }
                } else if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
                    p.addUrlEncoded(new String(bytes, StandardCharsets.UTF_8));
                }
            }
            params = p;
        }
        return params;
    }

    /** Query string only. */
    Params query() {
        return Params.empty().addUrlEncoded(exchange.getRequestURI().getRawQuery());
    }

    HttpCall setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
        return this;
    }

    void json(int status, Object value) throws IOException {
        send(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    void json(int status, Object value, String contentType) throws IOException {
        send(status, contentType, JSON.writeValueAsBytes(value));
    }

    void html(int status, String html) throws IOException {
        send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    void text(int status, String text) throws IOException {
        send(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    void redirect(String location) throws IOException {
        setHeader("Location", location);
        html(302, "<html><body>You are being <a href=\"" + Html.escape(location) + "\">redirected</a>.</body></html>");
    }

    void empty(int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    void send(int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = method().equals("HEAD");
        exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A JSON object whose keys keep the order given (Map.of would shuffle them). */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
