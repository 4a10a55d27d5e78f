package org.mastokey.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bounded, fully read HTTP answer. Helpers turn it into JSON or into the typed error that fits,
 * so every caller maps failures the same way.
 */
public final class ApiResponse {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String host;
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;
    private final List<String> sentSecrets;

    public ApiResponse(String host, int status, HttpHeaders headers, byte[] body) {
        this(host, status, headers, body, List.of());
    }

    /** {@code sentSecrets}: what the request carried that an error message must never repeat. */
    ApiResponse(String host, int status, HttpHeaders headers, byte[] body, List<String> sentSecrets) {
        this.sentSecrets = List.copyOf(sentSecrets);
        this.host = host;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    public String host() {
        return host;
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Resolves a possibly relative {@code Location} against the URI that was requested. */
    Optional<URI> redirectTarget(URI requested) {
        return headers.firstValue("Location").flatMap(location -> {
            try {
                return Optional.of(requested.resolve(location.trim()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The body as received (at most the client's cap). */
    public byte[] bytes() {
        return body.clone();
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    }

    /** JSON by content type (any {@code +json} or {@code /json} type) or, failing a type, by its first byte. */
    public boolean looksLikeJson() {
        String type = contentType();
        if (type.contains("json")) {
            return true;
        }
        if (type.contains("html") || type.contains("xml")) {
            return false;
        }
        String text = text().stripLeading();
        return text.startsWith("{") || text.startsWith("[");
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON; HTML or broken JSON where JSON was expected is an {@link UnexpectedResponse}. */
    public JsonNode json() {
        if (!looksLikeJson()) {
            throw new UnexpectedResponse(host, status, contentType().contains("html")
                    ? "a web page instead of API data" : "no JSON data");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new UnexpectedResponse(host, status, "an empty answer");
            }
            return node;
        } catch (IOException e) {
            throw new UnexpectedResponse(host, status, "broken JSON");
        }
    }

    /** The JSON body of a 2xx answer, or the typed error the answer stands for. */
    public JsonNode successJson() {
        if (!isSuccess()) {
            throw failure();
        }
        return json();
    }

    /**
     * The typed error for a non-2xx answer: OAuth/API error bodies ({@code error},
     * {@code error_description}) become {@link OAuthError}; anything else {@link UnexpectedResponse}.
     */
    public ServiceException failure() {
        if (looksLikeJson()) {
            try {
                JsonNode node = JSON.readTree(body);
                if (node != null && node.hasNonNull("error")) {
                    String error = ServerWords.clean(node.get("error").asText());
                    return new OAuthError(status, redact(error), redact(ServerWords.describe(node)));
                }
            } catch (IOException ignored) {
                // falls through to the generic answer
            }
        }
        String detail = isRedirect() ? "an unexpected redirect"
                : status >= 500 ? "the server has a problem right now"
                : contentType().contains("html") ? "a web page instead of API data" : "";
        return new UnexpectedResponse(host, status, body.length == 0 && detail.isEmpty() ? "an empty answer" : detail,
                body.length == 0);
    }

    /** A server (or a proxy) may echo the code or token it was sent in its error text: mask those. */
    private String redact(String serverText) {
        if (serverText == null) {
            return null;
        }
        String text = serverText;
        for (String secret : sentSecrets) {
            if (secret != null && !secret.isEmpty()) {
                text = text.replace(secret, "****");
            }
        }
        return text;
    }

    /** Mastodon sends the end of the window as ISO 8601 (with microseconds); older software as epoch seconds. */
    public Optional<Instant> rateLimitReset() {
        return headers.firstValue("X-RateLimit-Reset").flatMap(ApiResponse::parseInstant);
    }

    static Optional<Instant> parseInstant(String value) {
        String text = value.trim();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            } catch (NumberFormatException | DateTimeException notEpoch) {
                return Optional.empty();
            }
        }
    }
}
