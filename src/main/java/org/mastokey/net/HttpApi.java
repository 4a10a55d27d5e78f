package org.mastokey.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * The one HTTP client of the service layer: connect and total timeouts on every request, response
 * bodies capped, redirects to another host not followed for API calls, failures mapped to
 * {@link ServiceException}s. Nothing secret is logged: log lines carry method, host and path only.
 */
public final class HttpApi {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;
    private static final String USER_AGENT = "Mastokey/" + MastokeyVersion.current() + " (+https://github.com/mastokey/mastokey)";
    /** Form fields whose values are secrets; see {@link ApiResponse#failure()}. */
    private static final Set<String> SECRET_FORM_FIELDS = Set.of("code", "client_secret", "code_verifier", "token",
            "refresh_token", "password");
    private static final System.Logger LOG = System.getLogger(HttpApi.class.getName());

    /** Built on first use: creating a JDK HttpClient sets up TLS (~800 classes), which a window must not wait for. */
    private volatile HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxBodyBytes;

    public HttpApi() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_BODY_BYTES);
    }

    public HttpApi(Duration connectTimeout, Duration requestTimeout, int maxBodyBytes) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout);
        this.requestTimeout = Objects.requireNonNull(requestTimeout);
        this.maxBodyBytes = maxBodyBytes;
        JdkHttpLogMasking.install();
    }

    /** Creates the underlying client now (e.g. on a background thread after the window is up), not at the first request. */
    public void prepare() {
        client();
    }

    private HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    client = built;
                }
            }
        }
        return built;
    }

    /** Which redirects {@link #get} follows. */
    public enum Redirects {
        /** API calls: only to the same scheme, host and port. */
        SAME_HOST,
        /** WebFinger: a handle's domain may hand over to the web domain, but never from https down to http. */
        ANY_HOST
    }

    /** GET with {@code Accept: application/json}, following same-host redirects. */
    public ApiResponse getJson(URI uri) {
        return get(uri, "application/json", null, Redirects.SAME_HOST);
    }

    /** GET with a bearer token (never logged). */
    public ApiResponse getJson(URI uri, Secret bearer) {
        return get(uri, "application/json", bearer, Redirects.SAME_HOST);
    }

    public ApiResponse get(URI uri, String accept, Secret bearer, Redirects redirects) {
        if (bearer != null && !TokenSyntax.isValid(bearer)) {
            // A header with control characters would fail inside the JDK with the whole value in its message.
            throw new InvalidToken("The token for " + uri.getHost() + " contains characters an access token cannot have,"
                    + " so Mastokey does not send it. Sign in again to get a new token.");
        }
        URI current = uri;
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder builder = request(current).GET().header("Accept", accept);
            if (bearer != null) {
                builder.header("Authorization", "Bearer " + bearer.reveal());
            }
            ApiResponse response = send(builder.build(), bearer == null ? List.of() : List.of(bearer.reveal()));
            if (!response.isRedirect()) {
                return response;
            }
            URI next = response.redirectTarget(current).orElseThrow(
                    () -> new UnexpectedResponse(serverName(uri), response.status(), "a redirect without a target"));
            if (hop >= MAX_REDIRECTS) {
                throw new UnexpectedResponse(serverName(uri), response.status(), "too many redirects");
            }
            if (!mayFollow(current, next, redirects)) {
                throw new UnexpectedResponse(serverName(uri), response.status(),
                        "it redirects to " + describe(next) + ", which Mastokey does not follow for API calls");
            }
            current = next;
        }
    }

    /**
     * A picture for the screen (a server's thumbnail, an avatar), by the API's rules: https off
     * loopback, the body cap and timeouts, no token and no cookies. Redirects to other hosts are followed
     * (media usually live on another host), never from https to http. Empty when there is no usable image.
     */
    public Optional<byte[]> picture(URI uri) {
        try {
            ApiResponse response = get(uri, "image/png, image/jpeg, image/gif, image/webp", null, Redirects.ANY_HOST);
            return response.isSuccess() && response.contentType().startsWith("image/")
                    ? Optional.of(response.bytes()) : Optional.empty();
        } catch (ServiceException | IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }

    /**
     * POST {@code application/x-www-form-urlencoded}. Redirects are never followed (a form must not be
     * re-sent elsewhere); a redirect answer is returned as is and callers treat it as unexpected.
     */
    public ApiResponse postForm(URI uri, Map<String, String> form) {
        String body = FormEncoding.encode(form);
        HttpRequest request = request(uri)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        List<String> sentSecrets = form.entrySet().stream()
                .filter(e -> SECRET_FORM_FIELDS.contains(e.getKey())).map(Map.Entry::getValue).toList();
        return send(request, sentSecrets);
    }

    /** A mutable ordered form builder, so that call sites read like the request they make. */
    public static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    private HttpRequest.Builder request(URI uri) {
        String scheme = uri.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("not an http(s) URI");
        }
        if ("http".equals(scheme) && !isLoopback(uri.getHost())) {
            // ServerAddress and WebFinger only produce https for real servers; this is the last line of defence.
            throw new IllegalArgumentException("plain http is only used for loopback test servers");
        }
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", USER_AGENT);
    }

    private static boolean mayFollow(URI from, URI to, Redirects redirects) {
        if (to.getHost() == null || !("https".equals(to.getScheme()) || "http".equals(to.getScheme()))) {
            return false;
        }
        if ("http".equals(to.getScheme()) && !isLoopback(to.getHost())) {
            return false;
        }
        if (redirects == Redirects.ANY_HOST) {
            return !("https".equals(from.getScheme()) && "http".equals(to.getScheme()));
        }
        return to.getScheme().equals(from.getScheme())
                && to.getHost().equalsIgnoreCase(from.getHost())
                && effectivePort(to) == effectivePort(from);
    }

    /** Where a redirect points, for a message: its host, or what kind of address it is when it has none ({@code file:}). */
    private static String describe(URI target) {
        if (target.getHost() != null) {
            return ServerText.oneLine(target.getHost());
        }
        return target.getScheme() == null ? "an address without a host"
                : "a " + ServerText.oneLine(target.getScheme()) + ": address";
    }

    /** {@code localhost}, 127.0.0.0/8 or [::1]: the only hosts spoken to without TLS. */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
    }

    /** {@code sentSecrets}: values an error answer must not repeat (a server may echo what it was sent). */
    private ApiResponse send(HttpRequest request, List<String> sentSecrets) {
        String host = serverName(request.uri());
        CompletableFuture<HttpResponse<byte[]>> future =
                client().sendAsync(request, info -> new BoundedBodySubscriber(maxBodyBytes));
        HttpResponse<byte[]> response;
        try {
            // The client's own timeout ends when the headers arrive; this one also bounds the body.
            response = future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new RequestTimeout("The request to " + host, requestTimeout);
        } catch (InterruptedException e) {
            // Someone cancelled the work (a UI task); not a server problem, so no ServiceException.
            future.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("the request to " + host + " was cancelled");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            throw mapFailure(host, e.getCause());
        }
        LOG.log(System.Logger.Level.DEBUG, () -> request.method() + " " + host + request.uri().getRawPath() + " -> " + response.statusCode());
        ApiResponse result = new ApiResponse(host, response.statusCode(), response.headers(), response.body(), sentSecrets);
        if (result.status() == 429) {
            throw new RateLimited(host, result.rateLimitReset().orElse(null));
        }
        return result;
    }

    private ServiceException mapFailure(String host, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ServiceException s) {
                return s;
            }
            if (t instanceof BoundedBodySubscriber.TooLarge) {
                return new UnexpectedResponse(host, 0, "the answer is larger than " + maxBodyBytes / 1024 + " KiB");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new RequestTimeout("Connecting to " + host, connectTimeout);
            }
            if (t instanceof HttpTimeoutException) {
                return new RequestTimeout("The request to " + host, requestTimeout);
            }
            if (t instanceof SSLException) {
                return new TlsFailure(host, t);
            }
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException) {
                return new ServerUnreachable(host, unreachableReason(cause), t);
            }
        }
        if (cause instanceof IOException) {
            return new ServerUnreachable(host, unreachableReason(cause), cause);
        }
        return new UnexpectedResponse(host, 0, cause == null ? "unknown failure" : cause.getClass().getSimpleName());
    }

    /**
     * An unresolved name shows in the chain as such; a refusal as a ConnectException saying so, or (the JDK
     * client on Linux) as a ConnectException over a ClosedChannelException.
     */
    private static ServerUnreachable.Reason unreachableReason(Throwable failure) {
        boolean refused = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return ServerUnreachable.Reason.UNKNOWN_HOST;
            }
            String message = t.getMessage();
            refused |= t instanceof ConnectException && (message != null
                    && message.toLowerCase(Locale.ROOT).contains("refused")
                    || t.getCause() instanceof ClosedChannelException);
        }
        return refused ? ServerUnreachable.Reason.REFUSED : ServerUnreachable.Reason.OTHER;
    }

    /** The server as people name it: the host, and the port when the address has one ({@code 127.0.0.1:8765}). */
    public static String serverName(URI uri) {
        String host = uri.getHost() == null ? String.valueOf(uri.getAuthority()) : uri.getHost();
        return uri.getPort() == -1 ? host : host + ":" + uri.getPort();
    }
}
