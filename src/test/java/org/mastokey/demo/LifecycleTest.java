package org.mastokey.demo;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting, stopping and ports; a forgotten server must not keep the JVM alive. */
class LifecycleTest {

    /** Started by {@link #aForgottenServerDoesNotKeepTheJvmAlive} in a child JVM. */
    public static void main(String[] args) {
        FakeMastodon server = FakeMastodon.start(FakeMastodonOptions.defaults());
        System.out.println(server.baseUri());
    }

    @Test
    void aForgottenServerDoesNotKeepTheJvmAlive() throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LifecycleTest.class.getName())).start();
        boolean exited = child.waitFor(30, TimeUnit.SECONDS);
        if (!exited) {
            child.destroyForcibly();
        }
        assertThat(exited).as("the child JVM exited although close() was never called").isTrue();
        assertThat(new String(child.getInputStream().readAllBytes())).startsWith("http://127.0.0.1:");
    }

    @Test
    void closeReleasesThePort() throws Exception {
        FakeMastodon server = FakeMastodon.start(FakeMastodonOptions.defaults());
        TestHttp http = new TestHttp(server);
        assertThat(http.get("/api/v2/instance").statusCode()).isEqualTo(200);
        server.close();
        assertThatThrownBy(() -> new TestHttp(server).get("/api/v2/instance")).isInstanceOf(IOException.class);
        try (ServerSocket reuse = new ServerSocket(server.baseUri().getPort(), 0,
                InetAddress.getByName("127.0.0.1"))) {
            assertThat(reuse.getLocalPort()).isEqualTo(server.baseUri().getPort());
        }
    }

    @Test
    void fixedPortAndTwoServersSideBySide() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        try (FakeMastodon fixed = FakeMastodon.start(FakeMastodonOptions.defaults().withPort(port));
             FakeMastodon legacy = FakeMastodon.start(FakeMastodonOptions.defaults()
                     .withPersonality(FakeMastodonOptions.Personality.MASTODON_LEGACY))) {
            assertThat(fixed.baseUri().toString()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(fixed.domain()).isEqualTo("127.0.0.1:" + port);
            HttpResponse<String> a = new TestHttp(fixed).get("/api/v2/instance");
            HttpResponse<String> b = new TestHttp(legacy).get("/api/v2/instance");
            assertThat(TestHttp.json(a).get("version").asText()).isEqualTo("4.6.5");
            assertThat(TestHttp.json(b).get("version").asText()).isEqualTo("4.2.13");
            assertThatThrownBy(() -> FakeMastodon.start(FakeMastodonOptions.defaults().withPort(port)))
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    @Test
    void appsAndAwaitRequestExposeWhatClientsDid() throws Exception {
        try (FakeMastodon server = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            TestHttp http = new TestHttp(server);
            assertThat(server.awaitRequest("POST /api/v1/apps", Duration.ofMillis(50))).isFalse();
            Thread later = new Thread(() -> {
                try {
                    Thread.sleep(200);
                    http.registerApp("http://127.0.0.1/callback urn:ietf:wg:oauth:2.0:oob", "profile write:statuses");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            later.start();
            assertThat(server.awaitRequest("POST /api/v1/apps", Duration.ofSeconds(10))).isTrue();
            later.join();
            assertThat(server.apps()).containsExactly(new FakeMastodon.AppInfo("Test App",
                    List.of("http://127.0.0.1/callback", "urn:ietf:wg:oauth:2.0:oob"), List.of("profile", "write:statuses")));
        }
    }
}
