package org.mastokey.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mastokey.net.RequestTimeout;

/** java.net.http plays the browser that the server redirects back to Mastokey. */
class LoopbackReceiverTest {
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpResponse<String> visit(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void acceptsOneRedirectWithTheRightStateAnswersWithAPageAndCloses() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start(0, "good-state")) {
            assertThat(receiver.port()).isPositive();
            assertThat(receiver.redirectUri()).isEqualTo("http://127.0.0.1:" + receiver.port() + "/callback");

            HttpResponse<String> page = visit(receiver.redirectUri() + "?code=the-code-123&state=good-state");
            CallbackResult result = receiver.await(Duration.ofSeconds(5));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("close this tab").doesNotContain("the-code-123");
            assertThat(result).isInstanceOfSatisfying(CallbackResult.Code.class, code -> {
                assertThat(code.code().reveal()).isEqualTo("the-code-123");
                assertThat(code.state()).isEqualTo("good-state");
            });
            String afterwards = receiver.redirectUri() + "?code=again&state=good-state";
            assertThatThrownBy(() -> visit(afterwards)).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void wrongStateOrOtherPathGets400AndTheReceiverKeepsWaiting() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start(0, "good-state")) {
            String base = "http://127.0.0.1:" + receiver.port();

            assertThat(visit(receiver.redirectUri() + "?code=c&state=evil").statusCode()).isEqualTo(400);
            assertThat(visit(receiver.redirectUri() + "?code=c").statusCode()).isEqualTo(400);
            assertThat(visit(base + "/favicon.ico").statusCode()).isEqualTo(400);
            assertThat(visit(base + "/callback/?code=c&state=good-state").statusCode()).isEqualTo(400);
            assertThat(receiver.isDone()).isFalse();

            assertThat(visit(receiver.redirectUri() + "?code=real&state=good-state").statusCode()).isEqualTo(200);
            assertThat(((CallbackResult.Code) receiver.await(Duration.ofSeconds(5))).code().reveal()).isEqualTo("real");
        }
    }

    @Test
    void accessDeniedComesBackAsAValue() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start(0, "s")) {
            HttpResponse<String> page = visit(receiver.redirectUri()
                    + "?error=access_denied&error_description=The+resource+owner+denied+the+request.&state=s");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(receiver.await(Duration.ofSeconds(5)))
                    .isEqualTo(new CallbackResult.Denied("access_denied", "The resource owner denied the request."));
        }
    }

    @Test
    void givesUpAfterTheTimeoutAndFreesThePort() throws Exception {
        LoopbackReceiver receiver = LoopbackReceiver.start(0, "s");
        long started = System.nanoTime();

        assertThatThrownBy(() -> receiver.await(Duration.ofMillis(300)))
                .isInstanceOf(RequestTimeout.class).hasMessageContaining("browser");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThatThrownBy(() -> visit(receiver.redirectUri() + "?code=late&state=s")).isInstanceOf(ConnectException.class);
    }

    @Test
    void closingWhileWaitingCancelsTheWait() throws Exception {
        LoopbackReceiver receiver = LoopbackReceiver.start(0, "s");
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            receiver.close();
        });

        assertThatThrownBy(() -> receiver.await(Duration.ofSeconds(10)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aFixedPortIsHonouredAndABusyOneIsReported() throws Exception {
        int port;
        try (LoopbackReceiver first = LoopbackReceiver.start(0, "a")) {
            port = first.port();
            assertThatThrownBy(() -> LoopbackReceiver.start(port, "b")).isInstanceOf(UncheckedIOException.class);
        }
        try (LoopbackReceiver again = LoopbackReceiver.start(port, "c")) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void awaitReturnsWhenTheBrowserArrivesLater() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start(0, "later")) {
            CompletableFuture<HttpResponse<String>> arriving = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(200);
                    return visit(receiver.redirectUri() + "?state=later&code=c0de-later");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            CallbackResult result = receiver.await(Duration.ofSeconds(5));
            assertThat(((CallbackResult.Code) result).code().reveal()).isEqualTo("c0de-later");
            assertThat(arriving.get().statusCode()).isEqualTo(200);
        }
    }
}
