package org.mastokey.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mastokey.robust.HostileServer.html;
import static org.mastokey.robust.HostileServer.json;
import static org.mastokey.robust.HostileServer.respond;
import static org.mastokey.robust.HostileServer.routes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.net.ssl.SSLServerSocketFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mastokey.account.PendingLogin;
import org.mastokey.account.TokenNotKept;
import org.mastokey.net.AccountMismatch;
import org.mastokey.net.FormEncoding;
import org.mastokey.net.NotMastodonCompatible;
import org.mastokey.net.OAuthError;
import org.mastokey.net.RateLimited;
import org.mastokey.net.RequestTimeout;
import org.mastokey.net.ServerUnreachable;
import org.mastokey.net.ServiceException;
import org.mastokey.net.TlsFailure;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.net.UnsupportedServer;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.server.ServerAddress;

/**
 * A corpus of hostile and broken servers. Every case must end, within a few seconds, in the
 * expected {@link ServiceException} subclass, with a message a person can read and no secret in it
 * (nor in any exception of its cause chain).
 */
class HostileResponsesTest {
    private static final Duration CASE_LIMIT = Duration.ofSeconds(10);
    private static final String VALID_TOKEN_JSON = "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"scope\":\"profile read\",\"created_at\":1700000000}";

    @TempDir
    static Path tlsDir;
    private static SSLServerSocketFactory selfSigned;

    @BeforeAll
    static void makeCertificate() throws Exception {
        selfSigned = SelfSignedTls.serverSocketFactory(tlsDir);
    }

    /** What a case does with the service layer; its result is ignored, only its failure counts. */
    @FunctionalInterface
    interface Action {
        Object run(HostileTarget target) throws Exception;
    }

    record Case(String name, Supplier<HostileServer> server, Action action, Class<? extends ServiceException> expected,
                Consumer<ServiceException> also) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        Action discover = t -> t.discovery().discover(ServerAddress.parse(t.base.toString()));
        Action register = t -> t.registry().obtain(t.server, t.app.redirectUris(), t.app.scopes());
        Action exchange = t -> t.tokens().exchange(t.request, t.code);
        Action verify = t -> t.verifier().verify(t.server, t.accessToken());
        Action revoke = t -> {
            t.tokens().revoke(t.app, t.token);
            return null;
        };
        Action finishOob = t -> t.flow().finish(t.pendingOob(), new CallbackResult.Code(t.code, null));

        // --- the wrong kind of content ------------------------------------------------------------
        cases.add(new Case("HTML with 200 where the instance JSON is expected", http(Map.of("*",
                html(200, "<!DOCTYPE html><html><body>Welcome to my blog</body></html>"))), discover, NotMastodonCompatible.class, null));
        cases.add(new Case("HTML with 200 from the token endpoint", http(Map.of("POST /oauth/token",
                html(200, "<html><body>Login</body></html>"))), exchange, UnexpectedResponse.class, null));
        cases.add(new Case("truncated JSON from app registration", http(Map.of("POST /api/v1/apps",
                json(200, "{\"id\":\"1\",\"client_id\":\"abc\",\"client_se"))), register, UnexpectedResponse.class, null));
        cases.add(new Case("invalid JSON from the token endpoint", http(Map.of("POST /oauth/token",
                json(200, "{access_token: nope, }"))), exchange, UnexpectedResponse.class, null));
        cases.add(new Case("empty 200 from the token endpoint", http(Map.of("POST /oauth/token",
                json(200, ""))), exchange, UnexpectedResponse.class, null));
        cases.add(new Case("JSON nested 5000 deep", http(Map.of("GET /api/v1/accounts/verify_credentials",
                json(200, "[".repeat(5000) + "]".repeat(5000)))), verify, UnexpectedResponse.class, null));
        cases.add(new Case("wrong types in the app registration", http(Map.of("POST /api/v1/apps",
                json(200, "{\"client_id\":{\"a\":1},\"client_secret\":[1,2]}"))), register, UnexpectedResponse.class, null));
        cases.add(new Case("an array where the account is expected", http(Map.of("GET /api/v1/accounts/verify_credentials",
                json(200, "[\"alice\"]"))), verify, UnexpectedResponse.class, null));
        cases.add(new Case("a JSON string where the instance is expected", http(Map.of("*",
                json(200, "\"hello\""))), discover, NotMastodonCompatible.class, null));
        cases.add(new Case("an object where the access token string is expected", http(Map.of("POST /oauth/token",
                json(200, "{\"access_token\":{\"value\":\"x\"},\"token_type\":\"Bearer\"}"))), exchange, UnexpectedResponse.class, null));
        cases.add(new Case("a token answer without access_token", http(Map.of("POST /oauth/token",
                json(200, "{\"token_type\":\"Bearer\",\"scope\":\"read\",\"created_at\":1700000000}"))), exchange,
                UnexpectedResponse.class, e -> assertThat(e).hasMessageContaining("no access token")));
        cases.add(new Case("a token of an unknown type", http(Map.of("POST /oauth/token",
                json(200, "{\"access_token\":\"abcdefgh\",\"token_type\":\"mac\"}"))), exchange, UnexpectedResponse.class, null));

        // --- size and time ------------------------------------------------------------------------
        cases.add(new Case("a 10 MB body", http(Map.of("GET /api/v1/accounts/verify_credentials",
                HostileServer.huge("application/json", 10 * 1024 * 1024))), verify, UnexpectedResponse.class,
                e -> assertThat(e).hasMessageContaining("larger than")));
        cases.add(new Case("a body that drips a byte a second", http(Map.of("GET /api/v1/accounts/verify_credentials",
                HostileServer.drip("application/json", 60, "{\"id\":\"1\",\"username\":\"alice\"}"))), verify, RequestTimeout.class, null));
        cases.add(new Case("a server that reads the request and never answers", () -> HostileServer.http(HostileServer.silence()),
                exchange, RequestTimeout.class, null));
        cases.add(new Case("a body shorter than its Content-Length", http(Map.of("POST /oauth/token",
                HostileServer.truncatedBody("application/json", "{\"access_tok", 500))), exchange, ServerUnreachable.class, null));

        // --- redirects ----------------------------------------------------------------------------
        cases.add(new Case("a redirect to another host", http(Map.of("*", (request, socket) -> respond(302, "text/html", "",
                "Location: http://localhost:" + socket.getLocalPort() + request.path()).answer(request, socket))),
                discover, UnexpectedResponse.class, e -> assertThat(e).hasMessageContaining("localhost")));
        cases.add(new Case("a redirect loop", http(Map.of("GET /api/v1/accounts/verify_credentials",
                HostileServer.redirect(302, "/api/v1/accounts/verify_credentials"))), verify, UnexpectedResponse.class,
                e -> assertThat(e).hasMessageContaining("too many redirects")));
        cases.add(new Case("a redirect without a Location", http(Map.of("GET /api/v1/accounts/verify_credentials",
                respond(302, "text/html", ""))), verify, UnexpectedResponse.class, null));
        cases.add(new Case("a redirect answer to a form post", http(Map.of("POST /oauth/token",
                HostileServer.redirect(302, "/auth/sign_in"))), exchange, UnexpectedResponse.class, null));

        // --- status codes -------------------------------------------------------------------------
        cases.add(new Case("401 with Mastodon's error body", http(Map.of("GET /api/v1/accounts/verify_credentials",
                json(401, "{\"error\":\"The access token is invalid\"}"))), verify, OAuthError.class,
                e -> assertThat(((OAuthError) e).status()).isEqualTo(401)));
        cases.add(new Case("401 with an empty body", http(Map.of("GET /api/v1/accounts/verify_credentials",
                respond(401, null, ""))), verify, UnexpectedResponse.class, e -> assertThat(e).hasMessageContaining("401")));
        cases.add(new Case("403 outside the authorized scopes", http(Map.of("GET /api/v1/accounts/verify_credentials",
                json(403, "{\"error\":\"This action is outside the authorized scopes\"}"))), verify, OAuthError.class, null));
        cases.add(new Case("404 HTML page for app registration", http(Map.of("*",
                html(404, "<html><body>Not found</body></html>"))), register, UnexpectedResponse.class, null));
        cases.add(new Case("422 validation failure on app registration", http(Map.of("POST /api/v1/apps",
                json(422, "{\"error\":\"Validation failed: Redirect URI must be an absolute URI.\"}"))), register, OAuthError.class,
                e -> assertThat(e).hasMessageContaining("Redirect URI")));
        cases.add(new Case("429 with rate-limit headers", http(Map.of("POST /api/v1/apps",
                json(429, "{\"error\":\"Too many requests\"}", "X-RateLimit-Limit: 5", "X-RateLimit-Remaining: 0",
                        "X-RateLimit-Reset: 2026-11-23T09:15:00.123456Z"))), register, RateLimited.class,
                e -> assertThat(((RateLimited) e).resetAt()).hasValueSatisfying(at -> assertThat(at.toString()).startsWith("2026-11-23T09:15"))));
        cases.add(new Case("429 without rate-limit headers", http(Map.of("POST /oauth/token",
                respond(429, "text/plain", "slow down"))), exchange, RateLimited.class,
                e -> assertThat(((RateLimited) e).resetAt()).isEmpty()));
        cases.add(new Case("500 HTML page from the token endpoint", http(Map.of("POST /oauth/token",
                html(500, "<html><h1>We're sorry, but something went wrong</h1></html>"))), exchange, UnexpectedResponse.class, null));
        cases.add(new Case("502 from a proxy in front of a stopped server", http(Map.of("*",
                html(502, "<html><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></html>"))), discover,
                UnexpectedResponse.class, e -> assertThat(e).hasMessageContaining("502")));
        cases.add(new Case("400 with an empty body from the token endpoint (snac)", http(Map.of("POST /oauth/token",
                respond(400, null, ""))), exchange, UnexpectedResponse.class, e -> assertThat(e).hasMessageContaining("400")));
        cases.add(new Case("500 with Pleroma's {\"error\":\"Bad request\"}", http(Map.of("POST /oauth/token",
                json(500, "{\"error\":\"Bad request\"}"))), exchange, OAuthError.class, null));
        cases.add(new Case("plain text with 200 from app registration", http(Map.of("POST /api/v1/apps",
                respond(200, "text/plain", "ok"))), register, UnexpectedResponse.class, null));
        cases.add(new Case("503 with an empty body on revoke", http(Map.of("POST /oauth/revoke",
                respond(503, null, ""))), revoke, UnexpectedResponse.class, null));

        // --- transport ----------------------------------------------------------------------------
        cases.add(new Case("TLS with a self-signed certificate", () -> HostileServer.https(selfSigned,
                json(200, "{\"domain\":\"evil\"}")), discover, TlsFailure.class, null));
        cases.add(new Case("garbage in answer to the TLS ClientHello", () -> HostileServer.raw("https", socket -> {
            socket.getInputStream().read(new byte[512]);
            socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n<html>plain http here</html>".getBytes());
        }), discover, TlsFailure.class, null));
        cases.add(new Case("connection reset", () -> HostileServer.http(HostileServer.reset()), verify, ServerUnreachable.class, null));
        cases.add(new Case("connection closed without a byte", () -> HostileServer.raw("http", socket -> socket.getInputStream()
                .read(new byte[64])), exchange, ServerUnreachable.class, null));
        cases.add(new Case("nothing listening", () -> {
            HostileServer gone = HostileServer.http(json(200, "{}"));
            gone.close();
            return gone;
        }, discover, ServerUnreachable.class, null));

        // --- the authorization dance --------------------------------------------------------------
        cases.add(new Case("an authorize redirect with a wrong state", null, t -> {
            try (PendingLogin pending = t.pendingLoopback()) {
                int status = deliver(pending.redirectUri() + "?code=" + t.code.reveal() + "&state=not-" + t.state);
                assertThat(status).as("the receiver refuses a foreign state").isEqualTo(400);
                return pending.awaitCallback(Duration.ofMillis(700));
            }
        }, RequestTimeout.class, null));
        cases.add(new Case("a pasted code with a wrong state", null, t -> t.flow().finish(t.pendingOob(),
                new CallbackResult.Code(t.code, "forged-state")), OAuthError.class,
                e -> assertThat(((OAuthError) e).error()).isEqualTo("invalid_state")));
        cases.add(new Case("a callback with error=access_denied", null, t -> {
            try (PendingLogin pending = t.pendingLoopback()) {
                deliver(pending.redirectUri() + "?error=access_denied&error_description=The+resource+owner+denied+the+request.&state="
                        + t.state);
                return t.flow().finish(pending, pending.awaitCallback(Duration.ofSeconds(2)));
            }
        }, OAuthError.class, e -> assertThat(((OAuthError) e).error()).isEqualTo("access_denied")));
        cases.add(new Case("a token error that echoes the code back", http(Map.of("POST /oauth/token", (request, socket) ->
                json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The code " + param(request.body(), "code")
                        + " with verifier " + param(request.body(), "code_verifier") + " is not valid\"}").answer(request, socket))),
                exchange, OAuthError.class, e -> assertThat(((OAuthError) e).error()).isEqualTo("invalid_grant")));
        cases.add(new Case("a 401 that echoes the bearer token", http(Map.of("GET /api/v1/accounts/verify_credentials",
                (request, socket) -> json(401, "{\"error\":\"Token " + request.headers().getOrDefault("authorization", "")
                        + " is invalid\"}").answer(request, socket))), verify, OAuthError.class, null));
        cases.add(new Case("a verify response for a different account", http(Map.of(
                "POST /oauth/token", (request, socket) -> json(200, VALID_TOKEN_JSON.formatted("tok-" + request.body().length()))
                        .answer(request, socket),
                "GET /api/v1/accounts/verify_credentials", json(200, "{\"id\":\"2\",\"username\":\"bob\",\"acct\":\"bob\"}"))),
                finishOob, AccountMismatch.class, e -> assertThat(((AccountMismatch) e).actual()).startsWith("bob@")));
        cases.add(new Case("Misskey recognised from NodeInfo", http(Map.of(
                "GET /.well-known/nodeinfo", json(200, "{\"links\":[{\"rel\":\"http://nodeinfo.diaspora.software/ns/schema/2.1\","
                        + "\"href\":\"/nodeinfo/2.1\"}]}"),
                "GET /nodeinfo/2.1", json(200, "{\"version\":\"2.1\",\"software\":{\"name\":\"misskey\",\"version\":\"2025.4.0\"}}"),
                "GET /api/v1/instance", json(200, "{\"uri\":\"evil\",\"version\":\"4.0.0\"}"))),
                discover, UnsupportedServer.class, e -> assertThat(e).hasMessageContaining("misskey")));
        return cases;
    }

    static Stream<Case> cases() {
        return corpus().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInATypedReadableErrorWithoutSecrets(Case hostile) {
        HostileServer server = hostile.server() == null ? null : hostile.server().get();
        try {
            URI base = server == null ? URI.create("http://127.0.0.1:9") : server.baseUri();
            // Cases that wait for a timeout get a short one; the others fail at once, and a generous timeout only
            // keeps a loaded machine (2 cores, several builds) from turning their failure into a timeout.
            HostileTarget target = new HostileTarget(base, hostile.expected() == RequestTimeout.class
                    ? HostileTarget.TIMEOUT : Duration.ofSeconds(5));
            Throwable thrown = assertTimeoutPreemptively(CASE_LIMIT, () -> {
                try {
                    Object result = hostile.action().run(target);
                    return fail("no error; the service layer returned " + result);
                } catch (ServiceException expected) {
                    return expected;
                } catch (TokenNotKept afterTheExchange) {
                    assertThat(afterTheExchange.getCause()).isInstanceOf(ServiceException.class);
                    return afterTheExchange.getCause();
                }
            });
            assertThat(thrown).isInstanceOf(hostile.expected());
            assertReadable(thrown.getMessage());
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                for (String secret : target.secrets()) {
                    assertThat(String.valueOf(t)).as("%s in the cause chain", t.getClass().getSimpleName()).doesNotContain(secret);
                }
            }
            if (hostile.also() != null) {
                hostile.also().accept((ServiceException) thrown);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyCases() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(20);
    }

    static void assertReadable(String message) {
        assertThat(message).isNotBlank().hasSizeLessThan(500)
                .doesNotContainPattern("[A-Z][A-Za-z]+Exception|java\\.|\\bnull\\b|\\{|\\n|\\tat ");
        assertThat(message.charAt(0)).as("starts like a sentence: %s", message).matches(Character::isLetterOrDigit);
    }

    private static Supplier<HostileServer> http(Map<String, HostileServer.Script> routes) {
        return () -> HostileServer.http(routes(routes));
    }

    private static int deliver(String uri) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String param(String form, String name) {
        return FormEncoding.queryParameters(form).getOrDefault(name, "");
    }
}
