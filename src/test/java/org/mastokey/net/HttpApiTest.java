package org.mastokey.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastokey.net.Secret;

/** HttpApi against a scripted server on loopback: limits, redirects and error mapping. */
class HttpApiTest {
    private HttpServer server;
    private URI base;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    /** Generous, so that a loaded build machine does not turn answers into timeouts. */
    private final HttpApi http = new HttpApi(Duration.ofSeconds(5), Duration.ofSeconds(10), 64 * 1024);
    /** For the slow endpoints, which take 3 s and more. */
    private final HttpApi impatient = new HttpApi(Duration.ofSeconds(5), Duration.ofMillis(1500), 64 * 1024);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/json", ex -> reply(ex, 200, "application/json", "{\"ok\":true}"));
        server.createContext("/html", ex -> reply(ex, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>Welcome</body></html>"));
        server.createContext("/huge", ex -> reply(ex, 200, "application/json", "[" + "1,".repeat(100_000) + "1]"));
        server.createContext("/slow-headers", ex -> {
            sleep(3000);
            reply(ex, 200, "application/json", "{}");
        });
        server.createContext("/slow-body", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(100);
                }
                out.write("{}".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/limited", ex -> {
            ex.getResponseHeaders().set("X-RateLimit-Reset", "2026-08-09T12:40:00.000000Z");
            reply(ex, 429, "application/json", "{\"error\":\"Too many requests\"}");
        });
        server.createContext("/same-host-redirect", ex -> {
            ex.getResponseHeaders().set("Location", "/json");
            reply(ex, 302, "text/html", "");
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().set("Location", "/loop");
            reply(ex, 301, "text/html", "");
        });
        server.createContext("/other-host-redirect", ex -> {
            ex.getResponseHeaders().set("Location", "http://localhost:" + server.getAddress().getPort() + "/json");
            reply(ex, 302, "text/html", "");
        });
        server.createContext("/oauth-error", ex -> reply(ex, 401, "application/json; charset=utf-8",
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed.\"}"));
        server.createContext("/broken", ex -> reply(ex, 200, "application/json", "{\"ok\":"));
        server.createContext("/echo-auth", ex -> {
            seen.add(ex.getRequestHeaders().getFirst("Authorization"));
            seen.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(ex, 200, "application/json", "{}");
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void readsJson() {
        assertThat(http.getJson(base.resolve("/json")).successJson().path("ok").asBoolean()).isTrue();
    }

    @Test
    void htmlWhereJsonIsExpectedIsAnUnexpectedResponse() {
        ApiResponse response = http.getJson(base.resolve("/html"));
        assertThat(response.looksLikeJson()).isFalse();
        assertThatThrownBy(response::json).isInstanceOf(UnexpectedResponse.class).hasMessageContaining("web page");
    }

    @Test
    void brokenJsonIsAnUnexpectedResponse() {
        assertThatThrownBy(() -> http.getJson(base.resolve("/broken")).json())
                .isInstanceOf(UnexpectedResponse.class).hasMessageContaining("broken JSON");
    }

    @Test
    void bodiesAreCapped() {
        assertThatThrownBy(() -> http.getJson(base.resolve("/huge")))
                .isInstanceOf(UnexpectedResponse.class).hasMessageContaining("larger than 64 KiB");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        // the server answers after 3 s; without the timeout this would succeed
        assertThatThrownBy(() -> impatient.getJson(base.resolve("/slow-headers"))).isInstanceOf(RequestTimeout.class);
    }

    @Test
    void aBodyThatTricklesInIsCutOffByTheTotalTimeout() {
        // headers at once, then one byte every 100 ms for 5 s: only a timeout over the whole exchange stops it
        assertThatThrownBy(() -> impatient.getJson(base.resolve("/slow-body"))).isInstanceOf(RequestTimeout.class);
    }

    @Test
    void tooManyRequestsIsRateLimitedWithTheIsoResetTime() {
        assertThatThrownBy(() -> http.getJson(base.resolve("/limited")))
                .isInstanceOfSatisfying(RateLimited.class, e ->
                        assertThat(e.resetAt()).contains(Instant.parse("2026-08-09T12:40:00Z")))
                .hasMessageContaining("2026-08-09T12:40:00Z");
    }

    @Test
    void followsRedirectsOnTheSameHostOnly() {
        assertThat(http.getJson(base.resolve("/same-host-redirect")).successJson().path("ok").asBoolean()).isTrue();
        assertThatThrownBy(() -> http.getJson(base.resolve("/other-host-redirect")))
                .isInstanceOf(UnexpectedResponse.class).hasMessageContaining("redirects to localhost");
        assertThat(http.get(base.resolve("/other-host-redirect"), "application/json", null, HttpApi.Redirects.ANY_HOST)
                .successJson().path("ok").asBoolean()).isTrue();
        assertThatThrownBy(() -> http.getJson(base.resolve("/loop")))
                .isInstanceOf(UnexpectedResponse.class).hasMessageContaining("too many redirects");
    }

    @Test
    void oauthErrorBodiesBecomeOAuthErrors() {
        assertThatThrownBy(() -> http.postForm(base.resolve("/oauth-error"), HttpApi.form("a", "b")).successJson())
                .isInstanceOfSatisfying(OAuthError.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("invalid_client");
                });
    }

    @Test
    void nothingListeningIsServerUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> http.getJson(URI.create("http://127.0.0.1:" + closedPort + "/")))
                .isInstanceOf(ServerUnreachable.class).hasMessageContaining("Could not reach 127.0.0.1");
    }

    @Test
    void sendsBearerAndFormButNeverPutsThemInMessages() {
        http.getJson(base.resolve("/echo-auth"), Secret.of("tok-123"));
        http.postForm(base.resolve("/echo-auth"), HttpApi.form("client_secret", "s e&c=ret", "code", "c0de"));
        assertThat(seen.get(0)).isEqualTo("Bearer tok-123");
        assertThat(seen.get(3)).isEqualTo("client_secret=s+e%26c%3Dret&code=c0de");

        Throwable failure = catchThrowable(
                () -> http.postForm(base.resolve("/oauth-error"), HttpApi.form("client_secret", "s3cr3t", "code", "c0de")).successJson());
        assertThat(failure.getMessage()).doesNotContain("s3cr3t").doesNotContain("c0de");
    }

    @Test
    void anUntrustedCertificateIsATlsFailure(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "EC", "-alias", "s", "-dname", "CN=127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance("SunX509");
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.createContext("/", ex -> reply(ex, 200, "application/json", "{}"));
        https.start();
        try {
            assertThatThrownBy(() -> http.getJson(URI.create("https://127.0.0.1:" + https.getAddress().getPort() + "/")))
                    .isInstanceOf(TlsFailure.class).hasMessageContaining("secure connection to 127.0.0.1 failed");
        } finally {
            https.stop(0);
        }
    }

    @Test
    void anInterruptedCallerGetsACancellationNotAServerError() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                http.getJson(base.resolve("/slow-headers"));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        caller.start();
        Thread.sleep(200);
        caller.interrupt();
        caller.join(5000);
        assertThat(failure.get()).isInstanceOf(CancellationException.class);
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
