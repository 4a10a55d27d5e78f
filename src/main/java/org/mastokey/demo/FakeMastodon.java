package org.mastokey.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mastokey.net.DaemonThreads;

/**
 * A fake Mastodon server on loopback that answers as Mastodon (Rails and Doorkeeper) does, status, body and
 * header, for the endpoints a client needs to get a token; used by the tests and by
 * {@code --demo}. See {@link FakeMastodonOptions} for its switches. It binds to 127.0.0.1 only, keeps
 * everything in memory and logs no secrets (its request log holds "METHOD /path", never a query string).
 */
public final class FakeMastodon implements AutoCloseable {
    static {
        // The JDK server writes headers and body as two segments; with Nagle on, every response then waits
        // for the client's delayed ACK (~40 ms). Must be set before the first HttpServer of the JVM exists.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final FakeMastodonOptions options;
    private final FakeState state = new FakeState();
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final Router router;

    private FakeMastodon(FakeMastodonOptions options) throws IOException {
        this.options = options;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port()), 0);
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        this.router = new Router(state, MastodonPersonality.of(options.personality()), options.exactRedirect());
        this.executor = Executors.newCachedThreadPool(DaemonThreads.factory("fake-mastodon"));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        startAsDaemon(server);
    }

    /**
     * The JDK server's dispatcher thread inherits the daemon flag of the thread that starts it; starting it
     * from a daemon thread means a forgotten {@link #close()} never keeps the JVM (or the demo app) alive.
     */
    private static void startAsDaemon(HttpServer server) throws IOException {
        Thread starter = DaemonThreads.start(server::start, "fake-mastodon-start");
        try {
            starter.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(0);
            throw new IOException("interrupted while starting the fake server", e);
        }
    }

    public static FakeMastodon start(FakeMastodonOptions options) {
        try {
            return new FakeMastodon(options);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the fake Mastodon server on 127.0.0.1:" + options.port(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT} */
    public URI baseUri() {
        return baseUri;
    }

    /** The account domain, {@code 127.0.0.1:PORT}: handles are {@code alice@127.0.0.1:PORT}. */
    public String domain() {
        return baseUri.getRawAuthority();
    }

    public FakeMastodonOptions options() {
        return options;
    }

    /** Every request so far as {@code "METHOD /path"} (no query string: it may hold a code). */
    public List<String> requests() {
        return state.requests();
    }

    /** How many requests had exactly this {@code "METHOD /path"}. */
    public long requestCount(String methodAndPath) {
        return state.requests().stream().filter(methodAndPath::equals).count();
    }

    public void resetRequests() {
        state.resetRequests();
    }

    /**
     * Waits until the server has received {@code "METHOD /path"} at least once since the last
     * {@link #resetRequests()}; false when the timeout passed first.
     */
    public boolean awaitRequest(String methodAndPath, Duration timeout) throws InterruptedException {
        return state.awaitRequest(methodAndPath, 1, timeout);
    }

    /** What a client registered, without the credentials. */
    public record AppInfo(String name, List<String> redirectUris, List<String> scopes) {
    }

    /** The registered apps in registration order. */
    public List<AppInfo> apps() {
        return state.apps().stream().map(a -> new AppInfo(a.name(), a.redirectUris(), a.scopes())).toList();
    }

    /** Revokes every token, as if the user removed the app under Settings → Authorized apps. */
    public void revokeAllTokens() {
        state.revokeAllTokens();
    }

    /** Live (not revoked) tokens. */
    public int tokenCount() {
        return state.liveTokenCount();
    }

    public int appCount() {
        return state.appCount();
    }

    /** Deletes every app with its codes and tokens: cached client credentials now get {@code invalid_client}. */
    public void forgetApps() {
        state.forgetApps();
    }

    /** Ends every browser session, so the next authorize request shows the sign-in page again. */
    public void signOutEverywhere() {
        state.endAllSessions();
    }

    /** Clears the app-registration throttle. */
    public void resetRateLimits() {
        state.resetRateLimits();
    }

    /** Moves the server's clock forward (code expiry, rate-limit windows). */
    public void advanceClock(Duration by) {
        state.advanceClock(by);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        HttpCall call = new HttpCall(exchange, baseUri);
        try {
            state.logRequest(call.method() + " " + call.path());
            if (!options.latency().isZero()) {
                Thread.sleep(options.latency().toMillis());
            }
            router.route(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException | IOException e) {
            System.err.println("fake-mastodon: " + call.method() + " " + call.path() + " failed: " + e);
            try {
                call.json(500, HttpCall.obj("error", "Internal server error"));
            } catch (IOException | RuntimeException ignored) {
                exchange.close();
            }
        }
    }

    /** Runs a server until killed: {@code FakeMastodon [PORT [PERSONALITY]]}. */
    public static void main(String[] args) throws InterruptedException {
        FakeMastodonOptions options = FakeMastodonOptions.defaults();
        if (args.length > 0) {
            options = options.withPort(Integer.parseInt(args[0]));
        }
        if (args.length > 1) {
            options = options.withPersonality(FakeMastodonOptions.Personality.valueOf(args[1].toUpperCase()));
        }
        FakeMastodon server = start(options);
        System.out.println(server.baseUri() + "  (" + options.personality() + "; users "
                + FakeMastodonOptions.USERNAME + "/" + FakeMastodonOptions.PASSWORD + ", "
                + FakeMastodonOptions.OTHER_USERNAME + "/" + FakeMastodonOptions.OTHER_PASSWORD + ")");
        Thread.currentThread().join();
    }
}
