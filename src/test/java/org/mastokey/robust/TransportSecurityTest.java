package org.mastokey.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastokey.net.HttpApi;
import org.mastokey.net.RequestTimeout;
import org.mastokey.net.TlsFailure;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.LoopbackReceiver;
import org.mastokey.server.Discovery;
import org.mastokey.server.InvalidServerAddressException;
import org.mastokey.server.ServerAddress;

/** The loopback receiver's exposure, https for every real server, and certificate errors that stay errors. */
class TransportSecurityTest {
    private static final String STATE = "expected-state-0123456789abcdef";
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    // --- loopback receiver -------------------------------------------------------------------------

    @Test
    void theReceiverListensOn127001AndOnNoOtherLoopbackAddress() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start(0, STATE)) {
            assertThat(receiver.redirectUri()).startsWith("http://127.0.0.1:" + receiver.port() + "/");
            assertThat(canConnect(InetAddress.getByName("127.0.0.1"), receiver.port())).isTrue();
            assertThat(canConnect(InetAddress.getByName("127.0.0.2"), receiver.port())).as("127.0.0.2").isFalse();
            assertThat(canConnect(InetAddress.getByName("::1"), receiver.port())).as("[::1]").isFalse();
        }
    }

    @Test
    void otherPathsOtherMethodsAndWrongStatesAreRefusedAndTheReceiverKeepsWaiting() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start(0, STATE)) {
            String base = "http://127.0.0.1:" + receiver.port();
            assertThat(get(base + "/?code=abcdefgh&state=" + STATE)).isEqualTo(400);
            assertThat(get(base + "/favicon.ico")).isEqualTo(400);
            assertThat(get(base + "/callback/extra?code=abcdefgh&state=" + STATE)).isEqualTo(400);
            assertThat(get(base + "/callback?code=abcdefgh&state=wrong")).isEqualTo(400);
            assertThat(get(base + "/callback?code=abcdefgh")).isEqualTo(400);
            assertThat(get(base + "/callback?code=abcdefgh&state=" + STATE.toUpperCase())).isEqualTo(400);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/callback?code=abcdefgh&state=" + STATE))
                    .POST(HttpRequest.BodyPublishers.noBody()))).isEqualTo(400);
            assertThat(receiver.isDone()).isFalse();

            assertThat(get(base + "/callback?code=the-real-code&state=" + STATE)).isEqualTo(200);
            CallbackResult result = receiver.await(Duration.ofSeconds(2));
            assertThat(result).isInstanceOfSatisfying(CallbackResult.Code.class,
                    code -> assertThat(code.code().reveal()).isEqualTo("the-real-code"));
        }
    }

    @Test
    void exactlyOneRequestIsAcceptedAndTheReceiverIsClosedAfterwards() throws Exception {
        LoopbackReceiver receiver = LoopbackReceiver.start(0, STATE);
        String callback = receiver.redirectUri() + "?code=first-code&state=" + STATE;
        assertThat(get(callback)).isEqualTo(200);
        assertThat(get(receiver.redirectUri() + "?code=second-code&state=" + STATE)).as("a second answer").isEqualTo(400);

        CallbackResult result = receiver.await(Duration.ofSeconds(2));

        assertThat(((CallbackResult.Code) result).code().reveal()).isEqualTo("first-code");
        assertThat(canConnect(InetAddress.getByName("127.0.0.1"), receiver.port())).as("closed after the answer").isFalse();
        assertThatThrownBy(() -> get(callback)).isInstanceOf(ConnectException.class);
    }

    @Test
    void aReceiverThatTimesOutIsClosedToo() throws Exception {
        LoopbackReceiver receiver = LoopbackReceiver.start(0, STATE);
        assertThatThrownBy(() -> receiver.await(Duration.ofMillis(300))).isInstanceOf(RequestTimeout.class)
                .hasMessageContaining("browser");
        assertThat(canConnect(InetAddress.getByName("127.0.0.1"), receiver.port())).isFalse();
    }

    // --- https for real servers --------------------------------------------------------------------

    @Test
    void everyRealServerIsSpokenToOverHttps() {
        for (String typed : new String[] {"mastodon.social", "@alice@mastodon.social", "https://mastodon.social/about", "MASTODON.social:443"}) {
            assertThat(ServerAddress.parse(typed).baseUri().getScheme()).as(typed).isEqualTo("https");
        }
        for (String typed : new String[] {"http://mastodon.social", "http://10.0.0.5", "http://alice@example.com", "ftp://example.com"}) {
            assertThatThrownBy(() -> ServerAddress.parse(typed)).as(typed).isInstanceOf(InvalidServerAddressException.class)
                    .hasMessageContaining("https");
        }
        assertThat(ServerAddress.parse("http://127.0.0.1:8080").baseUri().getScheme()).isEqualTo("http");
    }

    /** Nothing is sent: the guard stands before any connection (so no DNS look-up of the name either). */
    @Test
    void httpApiRefusesPlainHttpToANonLoopbackHost() {
        HttpApi http = new HttpApi(Duration.ofMillis(300), Duration.ofMillis(300), 1024);
        assertThatThrownBy(() -> http.getJson(URI.create("http://mastokey.invalid/api/v1/instance")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> http.postForm(URI.create("http://mastokey.invalid/oauth/token"), Map.of("code", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRedirectFromALoopbackServerToPlainHttpElsewhereIsNotFollowed() {
        try (HostileServer server = HostileServer.http(HostileServer.redirect(302, "http://mastokey.invalid/api/v1/instance"))) {
            HttpApi http = new HttpApi(Duration.ofMillis(800), Duration.ofMillis(800), 1024);
            assertThatThrownBy(() -> http.get(server.baseUri().resolve("/.well-known/webfinger"), "application/json", null,
                    HttpApi.Redirects.ANY_HOST)).isInstanceOf(UnexpectedResponse.class).hasMessageContaining("does not follow");
        }
    }

    @Test
    void anUntrustedCertificateIsATlsFailureWithNothingToClickThrough(@TempDir Path dir) throws Exception {
        try (HostileServer server = HostileServer.https(SelfSignedTls.serverSocketFactory(dir),
                HostileServer.json(200, "{\"domain\":\"evil\",\"title\":\"Evil\"}"))) {
            HttpApi http = new HttpApi(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024);
            assertThatThrownBy(() -> new Discovery(http).discover(ServerAddress.parse(server.baseUri().toString())))
                    .isInstanceOfSatisfying(TlsFailure.class, e -> assertThat(e.host()).startsWith("127.0.0.1:"))
                    .hasMessageContaining("will not send credentials");
            assertThat(server.requests()).as("no request got through the failed handshake").isEmpty();
        }
    }

    private int get(String uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(uri)).GET());
    }

    private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
