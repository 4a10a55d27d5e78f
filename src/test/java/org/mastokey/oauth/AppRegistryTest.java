package org.mastokey.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.net.FormEncoding;
import org.mastokey.net.OAuthError;
import org.mastokey.net.RateLimited;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;

class AppRegistryTest extends DiscoveredServerTest {
    private static final List<String> MASTODON_REDIRECTS = List.of("http://127.0.0.1/callback", AuthorizationRequests.OOB_REDIRECT);

    private final InMemoryAppCache cache = new InMemoryAppCache();
    private final AppRegistry registry = new AppRegistry(http, cache);

    @Test
    void registersBothRedirectsAndExactlyTheScopesAsStrings() {
        Scopes scopes = Scopes.of("profile", "write:statuses");

        RegisteredApp app = registry.obtain(server, MASTODON_REDIRECTS, scopes);

        assertThat(app.clientId()).isNotBlank();
        assertThat(app.clientSecret().isBlank()).isFalse();
        assertThat(app.redirectUris()).containsExactlyElementsOf(MASTODON_REDIRECTS);
        // What the server stored: had scopes been sent as an array, Mastodon would have stored "read".
        JsonNode stored = appAsServerSeesIt(app, scopes);
        assertThat(stored.path("scopes").toString()).contains("profile").contains("write:statuses").doesNotContain("\"read\"");
        assertThat(stored.path("redirect_uris").toString()).contains("http://127.0.0.1/callback").contains("urn:ietf:wg:oauth:2.0:oob");
        assertThat(stored.path("name").asText()).isEqualTo(AppRegistry.CLIENT_NAME);
    }

    @Test
    void oneRegistrationPerServerRedirectSetAndScopeSet() {
        RegisteredApp first = registry.obtain(server, MASTODON_REDIRECTS, Scopes.of("profile"));
        RegisteredApp again = registry.obtain(server, MASTODON_REDIRECTS, Scopes.of("profile"));
        RegisteredApp otherScopes = registry.obtain(server, MASTODON_REDIRECTS, Scopes.of("profile", "read"));

        assertThat(again).isSameAs(first);
        assertThat(otherScopes.clientId()).isNotEqualTo(first.clientId());
        assertThat(fake.requestCount("POST /api/v1/apps")).isEqualTo(2);
        assertThat(registry.cached(server, MASTODON_REDIRECTS, Scopes.of("profile"))).contains(first);
    }

    @Test
    void replaceDropsTheStaleAppAndRegistersANewOne() {
        RegisteredApp stale = registry.obtain(server, MASTODON_REDIRECTS, Scopes.of("profile"));

        RegisteredApp fresh = registry.replace(server, stale);

        assertThat(fresh.clientId()).isNotEqualTo(stale.clientId());
        assertThat(cache.find(stale.key())).contains(fresh);
        assertThat(fake.requestCount("POST /api/v1/apps")).isEqualTo(2);
    }

    @Test
    void anUnknownScopeIsRefusedWithTheServersReason() {
        assertThatThrownBy(() -> registry.obtain(server, MASTODON_REDIRECTS, Scopes.of("crypto")))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("Scopes doesn't match");
        assertThat(cache.find(new AppKey(server.apiBase(), MASTODON_REDIRECTS, Scopes.of("crypto")))).isEmpty();
    }

    @Test
    void theSixthRegistrationInTenMinutesIsRateLimitedWithTheResetTime() {
        for (String extra : List.of("read:lists", "read:follows", "read:blocks", "read:mutes", "read:search")) {
            registry.obtain(server, MASTODON_REDIRECTS, Scopes.of("profile", extra));
        }
        assertThatThrownBy(() -> registry.obtain(server, MASTODON_REDIRECTS, Scopes.of("profile", "read:bookmarks")))
                .isInstanceOfSatisfying(RateLimited.class, e -> assertThat(e.resetAt()).isPresent());
    }

    @Test
    void aLegacyServerAcceptsTheNewlineJoinedString() {
        try (FakeMastodon legacy = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(Personality.MASTODON_LEGACY))) {
            ServerInfo old = new Discovery(http).discover(ServerAddress.parse(legacy.domain()));

            RegisteredApp app = registry.obtain(old, MASTODON_REDIRECTS, Scopes.of("read:accounts", "write:statuses"));

            assertThat(app.clientId()).isNotBlank();
            assertThat(legacy.appCount()).isEqualTo(1);
        }
    }

    @Test
    void mastodonGetsScopesAsAStringAndNoScopeKeyNorArrays() throws Exception {
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer recorder = HttpServer.create(
                new InetSocketAddress("127.0.0.1", 0), 4);
        recorder.createContext("/api/v1/apps", ex -> {
            body.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"client_id\":\"id1\",\"client_secret\":\"secret1\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        recorder.start();
        try {
            ServerInfo elsewhere = new ServerInfo(server.address(), URI.create("http://127.0.0.1:" + recorder.getAddress().getPort()),
                    server.domain(), server.title(), server.description(), null, server.software(), server.capabilities(), null);

            registry.obtain(elsewhere, MASTODON_REDIRECTS, Scopes.of("profile", "write:statuses"));

            Map<String, String> form = FormEncoding.queryParameters(body.get());
            assertThat(form).containsEntry("scopes", "profile write:statuses").doesNotContainKey("scope")
                    .containsEntry("redirect_uris", "http://127.0.0.1/callback\nurn:ietf:wg:oauth:2.0:oob")
                    .containsEntry("client_name", "Mastokey");
            assertThat(body.get()).doesNotContain("%5B%5D").doesNotContain("[]");
        } finally {
            recorder.stop(0);
        }
    }

    @Test
    void twoLoginsAtOnceRegisterOneApp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RegisteredApp>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> registry.obtain(server, MASTODON_REDIRECTS, Scopes.of("profile"))));
            }
            Set<String> ids = new HashSet<>();
            for (var result : results) {
                ids.add(result.get().clientId());
            }
            assertThat(ids).hasSize(1);
            assertThat(fake.requestCount("POST /api/v1/apps")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The app's own view, through an app token: {@code GET /api/v1/apps/verify_credentials}. */
    private JsonNode appAsServerSeesIt(RegisteredApp app, Scopes scopes) {
        AccessToken appToken = new TokenClient(http).clientCredentials(server, app, scopes);
        return http.getJson(server.apiBase().resolve("/api/v1/apps/verify_credentials"), appToken.value()).successJson();
    }
}
