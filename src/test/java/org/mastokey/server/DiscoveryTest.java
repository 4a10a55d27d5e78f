package org.mastokey.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.net.HttpApi;
import org.mastokey.net.NotMastodonCompatible;
import org.mastokey.net.ServerUnreachable;
import org.mastokey.net.UnknownAccount;
import org.mastokey.net.UnsupportedServer;

class DiscoveryTest {
    private final Discovery discovery = new Discovery(new HttpApi());

    @Test
    void aHandleOnMastodonGivesTheServerCardAndItsCapabilities() {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            ServerInfo info = discovery.discover(ServerAddress.parse("@alice@" + fake.domain()));

            assertThat(info.apiBase()).isEqualTo(fake.baseUri());
            assertThat(info.domain()).isEqualTo(fake.domain());
            assertThat(info.expectedAccount()).contains("alice@" + fake.domain());
            assertThat(info.title()).isNotBlank();
            assertThat(info.description()).isNotBlank();
            assertThat(info.thumbnailUri()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith(fake.baseUri().toString()));
            assertThat(info.software().isMastodon()).isTrue();
            assertThat(info.software().version()).isNotBlank();
            Capabilities caps = info.capabilities();
            assertThat(caps.metadataDocument()).isTrue();
            assertThat(caps.pkceS256()).isTrue();
            assertThat(caps.scopesSupported()).contains("profile", "read", "write:statuses");
            assertThat(caps.loopbackAnyPort()).isTrue();
            assertThat(caps.multipleRedirects()).isTrue();
            assertThat(caps.oob()).isTrue();
            assertThat(caps.clientCredentials()).isTrue();
        }
    }

    @Test
    void anAddressWithoutHandleExpectsNoAccountAndNeedsNoWebFinger() {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            ServerInfo info = discovery.discover(ServerAddress.parse(fake.baseUri().toString()));

            assertThat(info.expectedAccount()).isEmpty();
            assertThat(fake.requestCount("GET /.well-known/webfinger")).isZero();
            assertThat(fake.requests()).contains("GET /api/v2/instance", "GET /.well-known/nodeinfo", "GET /nodeinfo/2.0",
                    "GET /.well-known/oauth-authorization-server");
        }
    }

    @Test
    void aLegacyMastodonHasNoMetadataSoNoPkceAndNoKnownScopes() {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(Personality.MASTODON_LEGACY))) {
            ServerInfo info = discovery.discover(ServerAddress.parse(fake.domain()));

            assertThat(info.software().isMastodon()).isTrue();
            assertThat(info.capabilities().metadataDocument()).isFalse();
            assertThat(info.capabilities().pkceS256()).isFalse();
            assertThat(info.capabilities().scopesSupported()).isEmpty();
            assertThat(info.capabilities().loopbackAnyPort()).isTrue();
        }
    }

    @Test
    void anUnknownHandleSaysSo() {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            assertThatThrownBy(() -> discovery.discover(ServerAddress.parse("@nobody@" + fake.domain())))
                    .isInstanceOf(UnknownAccount.class)
                    .hasMessageContaining("@nobody@" + fake.domain());
        }
    }

    @Test
    void independentRequestsRunInParallel() throws IOException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        slow.setExecutor(Executors.newCachedThreadPool());
        slow.createContext("/", ex -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            String path = ex.getRequestURI().getPath();
            String body = switch (path) {
                case "/api/v2/instance" -> "{\"domain\":\"slow.example\",\"title\":\"Slow\",\"version\":\"4.6.5\"}";
                case "/.well-known/nodeinfo" -> "{\"links\":[]}";
                case "/.well-known/oauth-authorization-server" -> "{\"code_challenge_methods_supported\":[\"S256\"]}";
                default -> null;
            };
            reply(ex, body == null ? 404 : 200, body == null ? "text/html" : "application/json", body == null ? "<html></html>" : body);
        });
        slow.start();
        try {
            ServerInfo info = discovery.discover(ServerAddress.parse("127.0.0.1:" + slow.getAddress().getPort()));

            assertThat(info.capabilities().pkceS256()).isTrue();
            // three independent requests; at least two must overlap (sequential code gives exactly one)
            assertThat(mostAtOnce.get()).as("requests in flight at once").isGreaterThanOrEqualTo(2);
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void aWebSiteThatIsNotMastodonIsNamedAsSuch() throws IOException {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        site.createContext("/", ex -> {
            byte[] page = "<!DOCTYPE html><html><body>My blog</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/") ? 200 : 404, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        site.start();
        try {
            assertThatThrownBy(() -> discovery.discover(ServerAddress.parse("127.0.0.1:" + site.getAddress().getPort())))
                    .isInstanceOf(NotMastodonCompatible.class)
                    .hasMessageContaining("No Mastodon-compatible server answers at 127.0.0.1:" + site.getAddress().getPort());
        } finally {
            site.stop(0);
        }
    }

    @Test
    void nothingListeningIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closed = port;
        assertThatThrownBy(() -> discovery.discover(ServerAddress.parse("127.0.0.1:" + closed)))
                .isInstanceOf(ServerUnreachable.class).hasMessageContaining("127.0.0.1:" + closed);
    }

    @Test
    void theHandlesDomainMayHandOverToAnotherApiHost() throws IOException {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            HttpServer handleDomain = stub("/.well-known/webfinger", "application/jrd+json", aliceOn(fake));
            try {
                ServerInfo info = discovery.discover(ServerAddress.parse("@alice@127.0.0.1:" + handleDomain.getAddress().getPort()));

                assertThat(info.apiBase()).isEqualTo(fake.baseUri());
                assertThat(info.expectedAccount()).contains("alice@" + fake.domain());
                assertThat(fake.requestCount("GET /.well-known/webfinger")).isZero();
            } finally {
                handleDomain.stop(0);
            }
        }
    }

    @Test
    void whenWebFingerIsMissingHostMetaPointsTheWay() throws IOException {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            HttpServer handleDomain = stub("/alt-webfinger", "application/jrd+json", aliceOn(fake));
            String here = "http://127.0.0.1:" + handleDomain.getAddress().getPort();
            handleDomain.createContext("/.well-known/host-meta", ex -> reply(ex, 200, "application/xrd+xml",
                    "<?xml version=\"1.0\"?><XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">"
                            + "<Link rel=\"lrdd\" template=\"" + here + "/alt-webfinger?resource={uri}\"/></XRD>"));
            try {
                ServerInfo info = discovery.discover(ServerAddress.parse("@alice@127.0.0.1:" + handleDomain.getAddress().getPort()));

                assertThat(info.apiBase()).isEqualTo(fake.baseUri());
                assertThat(info.expectedAccount()).contains("alice@" + fake.domain());
            } finally {
                handleDomain.stop(0);
            }
        }
    }

    @Test
    void misskeyFamilyServersAreUnsupportedByName() throws IOException {
        HttpServer misskey = stub("/.well-known/nodeinfo", "application/json",
                "{\"links\":[{\"rel\":\"http://nodeinfo.diaspora.software/ns/schema/2.1\",\"href\":\"/nodeinfo/2.1\"}]}");
        misskey.createContext("/nodeinfo/2.1", ex -> reply(ex, 200, "application/json",
                "{\"software\":{\"name\":\"sharkey\",\"version\":\"2025.4.3\"}}"));
        try {
            assertThatThrownBy(() -> discovery.discover(ServerAddress.parse("127.0.0.1:" + misskey.getAddress().getPort())))
                    .isInstanceOfSatisfying(UnsupportedServer.class, e -> assertThat(e.software()).isEqualTo("sharkey"))
                    .hasMessageContaining("sharkey server");
        } finally {
            misskey.stop(0);
        }
    }

    /** The WebFinger answer a handle domain gives for alice whose account lives on {@code fake}. */
    private static String aliceOn(FakeMastodon fake) {
        return "{\"subject\":\"acct:alice@" + fake.domain() + "\",\"links\":[{\"rel\":\"self\","
                + "\"type\":\"application/activity+json\",\"href\":\"" + fake.baseUri() + "/users/alice\"}]}";
    }

    private static HttpServer stub(String path, String type, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        server.createContext("/", ex -> reply(ex, ex.getRequestURI().getPath().equals(path) ? 200 : 404,
                ex.getRequestURI().getPath().equals(path) ? type : "text/html",
                ex.getRequestURI().getPath().equals(path) ? body : "<html>not found</html>"));
        server.start();
        return server;
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void softwareFromCompatibilityVersionStrings() {
        assertThat(Software.fromVersionString("2.7.2 (compatible; Pleroma 2.5.0)")).isEqualTo(new Software("pleroma", "2.5.0"));
        assertThat(Software.fromVersionString("4.0.0 (not true; really snac/2.75)")).isEqualTo(new Software("snac", "2.75"));
        assertThat(Software.fromVersionString("4.6.5").isMastodon()).isTrue();
        assertThat(Software.fromVersionString("0.17.3 git-abc").isMastodon()).isFalse();
    }
}
