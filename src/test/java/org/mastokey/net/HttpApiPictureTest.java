package org.mastokey.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pictures a server names (thumbnail, avatars) come by the API's rules: https off loopback, the body
 * cap, image types only, no cookies even when the JVM-wide handler holds the sign-in session's.
 */
class HttpApiPictureTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    private HttpServer server;
    private URI base;
    private final List<String> cookiesSeen = new CopyOnWriteArrayList<>();
    private final HttpApi http = new HttpApi(Duration.ofSeconds(5), Duration.ofSeconds(10), 4096);
    private CookieHandler before;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/avatar.png", ex -> reply(ex, "image/png", PNG));
        server.createContext("/page", ex -> reply(ex, "text/html", "<html></html>".getBytes()));
        server.createContext("/huge.png", ex -> reply(ex, "image/png", new byte[64 * 1024]));
        server.createContext("/elsewhere", ex -> {
            ex.getResponseHeaders().set("Location", "http://media.example/avatar.png");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        before = CookieHandler.getDefault();
    }

    @AfterEach
    void stop() {
        CookieHandler.setDefault(before);
        server.stop(0);
    }

    private void reply(HttpExchange ex, String type, byte[] body) throws IOException {
        cookiesSeen.addAll(ex.getRequestHeaders().getOrDefault("Cookie", List.of()));
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void anImageArrivesWithoutTheSessionCookies() {
        CookieManager session = new CookieManager();
        HttpCookie cookie = new HttpCookie("_session_id", "signed-in");
        cookie.setPath("/");
        session.getCookieStore().add(base, cookie);
        CookieHandler.setDefault(session);

        assertThat(http.picture(base.resolve("/avatar.png"))).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PNG));
        assertThat(cookiesSeen).isEmpty();
    }

    @Test
    void whatIsNoImageTooBigPlainHttpOffLoopbackOrARedirectThereGivesNoPicture() {
        assertThat(http.picture(base.resolve("/page"))).isEmpty();
        assertThat(http.picture(base.resolve("/huge.png"))).isEmpty();
        assertThat(http.picture(URI.create("http://media.example/avatar.png"))).isEmpty();
        assertThat(http.picture(base.resolve("/elsewhere"))).isEmpty();
        assertThat(http.picture(URI.create("file:///etc/passwd"))).isEmpty();
    }
}
