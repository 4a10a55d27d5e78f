package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole browser path: sign-in → consent → code → callback delivered → token → verify_credentials. */
class ScriptedBrowserTest {
    private FakeMastodon server;
    private TestHttp http;
    private HttpServer receiver;
    private final CompletableFuture<URI> received = new CompletableFuture<>();

    @BeforeEach
    void start() throws Exception {
        server = FakeMastodon.start(FakeMastodonOptions.defaults());
        http = new TestHttp(server);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.createContext("/callback", exchange -> {
            received.complete(exchange.getRequestURI());
            byte[] page = "You can close this tab.".getBytes();
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        server.close();
    }

    private String receiverUri() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/callback";
    }

    @Test
    void signsInApprovesDeliversTheCallbackAndTheCodeBuysAWorkingToken() throws Exception {
        JsonNode app = http.registerApp(TestHttp.LOOPBACK_REDIRECT, "profile write:statuses");
        URI authorize = http.authorizeUri(app, receiverUri(), "profile write:statuses", "st-123");

        var outcome = ScriptedBrowser.alice().open(authorize);

        assertThat(outcome).isInstanceOf(ScriptedBrowser.Callback.class);
        var callback = (ScriptedBrowser.Callback) outcome;
        assertThat(callback.deliveredStatus()).isEqualTo(200);
        URI delivered = received.get(5, TimeUnit.SECONDS);
        assertThat(delivered.getRawQuery()).contains("state=st-123");
        String code = callback.code().orElseThrow();
        assertThat(code).hasSize(43);
        assertThat(delivered.getRawQuery()).contains("code=" + code);

        HttpResponse<String> token = http.exchange(app, code, receiverUri(), TestHttp.VERIFIER);
        assertThat(token.statusCode()).isEqualTo(200);
        String accessToken = TestHttp.json(token).get("access_token").asText();
        HttpResponse<String> me = http.getWithToken("/api/v1/accounts/verify_credentials", accessToken);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(me).get("username").asText()).isEqualTo("alice");
        assertThat(server.requests()).contains("GET /auth/sign_in", "POST /auth/sign_in", "POST /oauth/authorize")
                .noneMatch(line -> line.contains("?") || line.contains(code));
    }

    @Test
    void secondAuthorizationWithALiveTokenSkipsConsent() throws Exception {
        JsonNode app = http.registerApp(TestHttp.LOOPBACK_REDIRECT, "read");
        ScriptedBrowser browser = ScriptedBrowser.alice().withoutDelivery();
        String first = browser.open(http.authorizeUri(app, receiverUri(), "read", "a")).code().orElseThrow();
        assertThat(http.exchange(app, first, receiverUri(), TestHttp.VERIFIER).statusCode()).isEqualTo(200);
        server.resetRequests();

        var second = browser.open(http.authorizeUri(app, receiverUri(), "read", "b"));

        assertThat(second.code()).isPresent();
        assertThat(server.requests()).containsExactly("GET /oauth/authorize");
    }

    @Test
    void denyComesBackAsAccessDeniedWithState() throws Exception {
        JsonNode app = http.registerApp(TestHttp.LOOPBACK_REDIRECT, "read");

        var outcome = ScriptedBrowser.alice().denying().open(http.authorizeUri(app, receiverUri(), "read", "xyz"));

        var callback = (ScriptedBrowser.Callback) outcome;
        assertThat(callback.param("error")).contains("access_denied");
        assertThat(callback.param("state")).contains("xyz");
        assertThat(callback.code()).isEmpty();
        assertThat(received.get(5, TimeUnit.SECONDS).getRawQuery()).startsWith("error=access_denied");
    }

    @Test
    void outOfBandReadsTheCodeFromTheNativePage() throws Exception {
        JsonNode app = http.registerApp(TestHttp.OOB, "read");

        var outcome = ScriptedBrowser.bob().open(http.authorizeUri(app, TestHttp.OOB, "read", "ignored"));

        assertThat(outcome).isInstanceOf(ScriptedBrowser.OutOfBandCode.class);
        String code = outcome.code().orElseThrow();
        assertThat(outcome.toString()).doesNotContain(code);
        HttpResponse<String> token = http.exchange(app, code, TestHttp.OOB, TestHttp.VERIFIER);
        String accessToken = TestHttp.json(token).get("access_token").asText();
        assertThat(TestHttp.json(http.getWithToken("/api/v1/accounts/verify_credentials", accessToken))
                .get("username").asText()).isEqualTo("bob");
    }

    @Test
    void wrongPasswordFailsWithTheServersMessage() {
        URI authorize = http.base.resolve("/oauth/authorize?response_type=code&client_id=x");
        assertThatThrownBy(() -> ScriptedBrowser.signingInAs("alice", "nope").open(authorize))
                .hasMessageContaining("Invalid E-mail address or password.");
    }

    @Test
    void reportsAnUndeliverableCallback() throws Exception {
        JsonNode app = http.registerApp(TestHttp.LOOPBACK_REDIRECT, "read");
        receiver.stop(0);
        var outcome = ScriptedBrowser.alice().open(http.authorizeUri(app, receiverUri(), "read", "s"));
        assertThat(((ScriptedBrowser.Callback) outcome).deliveredStatus()).isEqualTo(-1);
    }

    private Process runCommand(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ScriptedBrowser.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void worksAsABrowserCommand() throws Exception {
        JsonNode app = http.registerApp(TestHttp.LOOPBACK_REDIRECT, "read");
        URI authorize = http.authorizeUri(app, receiverUri(), "read", "cmd");

        Process process = runCommand(authorize.toString(), "--user", "bob", "--password", "builder");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).isZero();
        URI delivered = received.get(5, TimeUnit.SECONDS);
        String code = delivered.getRawQuery().replaceAll(".*code=([^&]+).*", "$1");
        assertThat(stdout).doesNotContain(code);
        assertThat(new String(process.getErrorStream().readAllBytes())).doesNotContain(code).contains("delivered=200");
        String token = TestHttp.json(http.exchange(app, code, receiverUri(), TestHttp.VERIFIER)).get("access_token").asText();
        assertThat(TestHttp.json(http.getWithToken("/api/v1/accounts/verify_credentials", token)).get("username")
                .asText()).isEqualTo("bob");
    }

    @Test
    void commandPrintsTheOutOfBandCodeOnlyWhenAsked() throws Exception {
        JsonNode app = http.registerApp(TestHttp.OOB, "read");

        Process process = runCommand(http.authorizeUri(app, TestHttp.OOB, "read", "s").toString(), "--print-code");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        String code = new String(process.getInputStream().readAllBytes()).trim();
        assertThat(code).hasSize(43);
        assertThat(http.exchange(app, code, TestHttp.OOB, TestHttp.VERIFIER).statusCode()).isEqualTo(200);
    }

    @Test
    void commandFailsWhenDenied() throws Exception {
        JsonNode app = http.registerApp(TestHttp.OOB, "read");
        Process process = runCommand(http.authorizeUri(app, TestHttp.OOB, "read", "s").toString(), "--deny");
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
    }

    @Test
    void errorPageBecomesServerError() throws Exception {
        JsonNode app = http.registerApp(TestHttp.LOOPBACK_REDIRECT, "read");
        var outcome = ScriptedBrowser.alice().open(http.authorizeUri(app, "http://evil.example/cb", "read", "s"));
        assertThat(outcome).isInstanceOf(ScriptedBrowser.ServerError.class);
        assertThat(((ScriptedBrowser.ServerError) outcome).status()).isEqualTo(400);
        assertThat(((ScriptedBrowser.ServerError) outcome).message()).isEqualTo("The redirect uri included is not valid.");
    }
}
