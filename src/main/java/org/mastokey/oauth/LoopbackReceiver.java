package org.mastokey.oauth;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mastokey.net.DaemonThreads;
import org.mastokey.net.FormEncoding;
import org.mastokey.net.Secret;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mastokey.net.JdkHttpLogMasking;
import org.mastokey.net.RequestTimeout;
import org.mastokey.net.ServerWords;

/**
 * Listens on 127.0.0.1 for exactly one redirect whose {@code state} matches, answers it with a
 * "you can close this tab" page, then closes. Requests to other paths, or with a missing or wrong
 * state, get a 400 page and the receiver keeps waiting. Nothing received is logged.
 */
public final class LoopbackReceiver implements AutoCloseable {
    public static final String PATH = "/callback";

    private final HttpServer server;
    private final ExecutorService executor;
    private final String expectedState;
    private final CompletableFuture<CallbackResult> result = new CompletableFuture<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Consumer<CallbackResult.Denied> unmatchedDenialListener = denied -> { };
    private volatile CallbackResult.Denied unmatchedDenial;

    private LoopbackReceiver(HttpServer server, ExecutorService executor, String expectedState) {
        this.server = server;
        this.executor = executor;
        this.expectedState = expectedState;
    }

    /**
     * @param port 0 for an ephemeral port (Mastodon), or the fixed port an exact-match server needs
     * @throws UncheckedIOException when the port is taken
     */
    public static LoopbackReceiver start(int port, String expectedState) {
        Objects.requireNonNull(expectedState, "expectedState");
        JdkHttpLogMasking.install();
        ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.factory("mastokey-loopback-receiver"));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 8);
            LoopbackReceiver receiver = new LoopbackReceiver(server, executor, expectedState);
            server.createContext("/", receiver::handle);
            server.setExecutor(executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("Could not listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/callback} */
    public String redirectUri() {
        return "http://127.0.0.1:" + port() + PATH;
    }

    /**
     * @throws RequestTimeout        when nothing valid arrived in time (the receiver is closed then)
     * @throws CancellationException when {@link #close()} was called while waiting (the person cancelled)
     */
    public CallbackResult await(Duration timeout) throws InterruptedException {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close();
            throw new RequestTimeout("Waiting for the browser to come back from the server", timeout);
        } catch (ExecutionException closedWhileWaiting) {
            throw new CancellationException("the sign-in was cancelled");
        } finally {
            if (result.isDone()) {
                close();
            }
        }
    }

    /**
     * Called (on the receiver's thread) when a denial arrives without {@code state}, as Hollo sends it: it
     * cannot be matched to this attempt, so it does not end the wait, but the person should know at once.
     */
    public void onUnmatchedDenial(Consumer<CallbackResult.Denied> listener) {
        unmatchedDenialListener = Objects.requireNonNull(listener);
        CallbackResult.Denied already = unmatchedDenial;
        if (already != null) {
            listener.accept(already);
        }
    }

    /** The person chose to take the unmatched denial as the answer: the wait ends with it. */
    public boolean acceptUnmatchedDenial() {
        CallbackResult.Denied denied = unmatchedDenial;
        return denied != null && result.complete(denied);
    }

    /** How many HTTP requests reached this receiver, valid or not (lets tests prove none arrived). */
    public int requestsReceived() {
        return requests.get();
    }

    /** Whether a valid answer has arrived (for polling from a UI). */
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public void close() {
        result.completeExceptionally(new IllegalStateException("closed"));
        // 0 s delay: the answer page has been written in full before the result completes.
        server.stop(0);
        executor.shutdown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath()) || !"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 400, "Nothing here", "This address only receives the answer of the server you are signing in to.");
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> params = FormEncoding.queryParameters(query == null ? "" : query);
            if (!result.isDone() && params.get("state") == null && params.containsKey("error")) {
                CallbackResult.Denied denied = new CallbackResult.Denied(ServerWords.clean(params.get("error")),
                        ServerWords.clean(params.get("error_description")));
                unmatchedDenial = denied;
                respond(exchange, 200, "The server reported that access was denied",
                        "Its answer does not name the sign-in Mastokey is waiting for, so Mastokey cannot be sure it"
                                + " belongs to it. Go back to Mastokey: you can end the sign-in there, or approve again"
                                + " here and Mastokey goes on waiting.");
                unmatchedDenialListener.accept(denied);
                return;
            }
            if (result.isDone() || !Secret.equalInConstantTime(params.get("state"), expectedState)) {
                respond(exchange, 400, "This answer does not belong to Mastokey's sign-in",
                        "It was not sent for the sign-in Mastokey is waiting for. Go back to Mastokey and start the sign-in again if needed.");
                return;
            }
            CallbackResult callback;
            if (params.containsKey("error")) {
                callback = new CallbackResult.Denied(params.get("error"), params.get("error_description"));
                respond(exchange, 200, "Authorization was not given",
                        "Mastokey got no access. You can close this tab and return to Mastokey.");
            } else if (params.get("code") != null && !params.get("code").isBlank()) {
                callback = new CallbackResult.Code(Secret.of(params.get("code")), params.get("state"));
                respond(exchange, 200, "Mastokey is signed in",
                        "You can close this tab and return to Mastokey.");
            } else {
                respond(exchange, 400, "No authorization code",
                        "The server's answer had no code in it. Go back to Mastokey and start the sign-in again.");
                return;
            }
            result.complete(callback);
        }
    }

    private static void respond(HttpExchange exchange, int status, String title, String text) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:32em;margin:4em auto;padding:0 1em;color:#24292f}</style>"
                + "</head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
