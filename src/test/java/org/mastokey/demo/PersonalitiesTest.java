package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What each non-Mastodon personality does differently, seen over real HTTP. */
class PersonalitiesTest {
    private static final String CALLBACK = "http://127.0.0.1:53123/callback";
    private FakeMastodon server;
    private TestHttp http;

    private void start(FakeMastodonOptions.Personality personality) {
        server = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality));
        http = new TestHttp(server);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String software() throws Exception {
        return TestHttp.json(http.get("/nodeinfo/2.0")).get("software").get("name").asText();
    }

    private Map<String, Object> form(Object... kv) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            form.put((String) kv[i], kv[i + 1]);
        }
        return form;
    }

    private String code(URI authorize) throws Exception {
        return ScriptedBrowser.alice().withoutDelivery().open(authorize).code().orElseThrow();
    }

    @Nested
    class GoToSocial {
        @Test
        void identifiesItselfAndHasNoMetadataDocument() throws Exception {
            start(FakeMastodonOptions.Personality.GOTOSOCIAL);
            assertThat(software()).isEqualTo("gotosocial");
            assertThat(http.get("/.well-known/oauth-authorization-server").statusCode()).isEqualTo(404);
            assertThat(TestHttp.json(http.get("/api/v2/instance")).has("api_versions")).isFalse();
        }

        @Test
        void registrationIsStringOnlyAndDefaultsToOob() throws Exception {
            start(FakeMastodonOptions.Personality.GOTOSOCIAL);
            assertThat(http.postForm("/api/v1/apps", form("client_name", "x", "redirect_uris", List.of(CALLBACK)))
                    .statusCode()).isEqualTo(400);
            JsonNode app = TestHttp.json(http.postForm("/api/v1/apps", form("client_name", "x", "scopes", "nonsense")));
            assertThat(app.get("redirect_uri").asText()).isEqualTo(TestHttp.OOB);
            assertThat(app.get("client_secret").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(app.has("created_at")).isTrue();
        }

        @Test
        void redirectMustMatchExactlyIncludingThePortAndErrorsAreJson() throws Exception {
            start(FakeMastodonOptions.Personality.GOTOSOCIAL);
            JsonNode app = http.registerApp("http://127.0.0.1/callback", "read");
            RawSession alice = RawSession.signedIn(http, "alice", "wonderland");
            HttpResponse<String> response = alice.get(http.authorizeUri(app, CALLBACK, "read", "s"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(TestHttp.json(response).get("error").asText()).isEqualTo("invalid_redirect_uri");

            JsonNode fixed = http.registerApp(CALLBACK, "read");
            assertThat(alice.get(http.authorizeUri(fixed, CALLBACK, "read", "s")).statusCode()).isEqualTo(200);
        }

        @Test
        void scopesAreHierarchicalAndOmittedMethodMeansS256() throws Exception {
            start(FakeMastodonOptions.Personality.GOTOSOCIAL);
            JsonNode app = http.registerApp(CALLBACK, "read write");
            String code = code(http.authorizeUri("response_type", "code", "client_id", app.get("client_id").asText(),
                    "redirect_uri", CALLBACK, "scope", "read:accounts write:statuses", "code_challenge", TestHttp.CHALLENGE));
            HttpResponse<String> token = http.exchange(app, code, CALLBACK, TestHttp.VERIFIER);
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(TestHttp.json(token).get("scope").asText()).isEqualTo("read:accounts write:statuses");
            assertThat(http.getWithToken("/api/v1/accounts/verify_credentials",
                    TestHttp.json(token).get("access_token").asText()).statusCode()).isEqualTo(200);
        }

        @Test
        void outOfBandPageCarriesCodeAndState() throws Exception {
            start(FakeMastodonOptions.Personality.GOTOSOCIAL);
            JsonNode app = http.registerApp(TestHttp.OOB, "read");
            var outcome = ScriptedBrowser.alice().open(http.authorizeUri(app, TestHttp.OOB, "read", "st-9"));
            assertThat(outcome).isInstanceOf(ScriptedBrowser.OutOfBandCode.class);
            assertThat(((ScriptedBrowser.OutOfBandCode) outcome).state()).isEqualTo("st-9");
            assertThat(http.exchange(app, outcome.code().orElseThrow(), TestHttp.OOB, TestHttp.VERIFIER).statusCode())
                    .isEqualTo(200);
            assertThat(server.requests()).contains("GET /oauth/oob");
        }

        @Test
        void tokenErrorsAreJsonWithoutDoorkeeperHeaders() throws Exception {
            start(FakeMastodonOptions.Personality.GOTOSOCIAL);
            JsonNode app = http.registerApp(CALLBACK, "read");
            HttpResponse<String> response = http.exchange(app, "bogus", CALLBACK, null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(TestHttp.json(response).get("error").asText()).isEqualTo("invalid_grant");
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
    }

    @Nested
    class Pleroma {
        @Test
        void embeddedLoginGivesTokensWithExpiryAndRefresh() throws Exception {
            start(FakeMastodonOptions.Personality.PLEROMA);
            assertThat(software()).isEqualTo("pleroma");
            assertThat(TestHttp.json(http.get("/api/v1/instance")).get("version").asText())
                    .isEqualTo("2.7.2 (compatible; Pleroma 2.6.0)");
            JsonNode app = http.registerApp(CALLBACK, "read write");
            server.resetRequests();
            String code = code(http.authorizeUri(app, CALLBACK, "read", "s"));
            assertThat(server.requests()).containsExactly("GET /oauth/authorize", "POST /oauth/authorize");

            JsonNode token = TestHttp.json(http.exchange(app, code, CALLBACK, "ignored-no-pkce"));
            assertThat(token.get("expires_in").asLong()).isPositive();
            assertThat(token.get("me").asText()).isEqualTo(http.base + "/users/alice");
            HttpResponse<String> refreshed = http.postForm("/oauth/token", form("grant_type", "refresh_token",
                    "refresh_token", token.get("refresh_token").asText(), "client_id", app.get("client_id").asText(),
                    "client_secret", app.get("client_secret").asText()));
            assertThat(refreshed.statusCode()).isEqualTo(200);
            assertThat(TestHttp.json(refreshed).get("access_token").asText()).isNotEqualTo(token.get("access_token").asText());
        }

        @Test
        void exactRedirectAndTerseErrors() throws Exception {
            start(FakeMastodonOptions.Personality.PLEROMA);
            JsonNode app = http.registerApp("http://127.0.0.1/callback", "read");
            assertThat(http.get(http.authorizeUri(app, CALLBACK, "read", "s").toString()).statusCode()).isEqualTo(400);
            HttpResponse<String> bad = http.exchange(app, "bogus", "http://127.0.0.1/callback", null);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).isEqualTo("{\"error\":\"Invalid credentials\"}");
            HttpResponse<String> password = http.postForm("/oauth/token", form("grant_type", "password",
                    "username", "bob", "password", "builder", "client_id", app.get("client_id").asText(),
                    "client_secret", app.get("client_secret").asText()));
            assertThat(password.statusCode()).isEqualTo(200);
        }

        @Test
        void outOfBandShowsTokenCodePage() throws Exception {
            start(FakeMastodonOptions.Personality.PLEROMA);
            JsonNode app = http.registerApp(TestHttp.OOB, "read");
            var outcome = ScriptedBrowser.bob().open(http.authorizeUri(app, TestHttp.OOB, "read", "s"));
            assertThat(outcome).isInstanceOf(ScriptedBrowser.OutOfBandCode.class);
            assertThat(http.exchange(app, outcome.code().orElseThrow(), TestHttp.OOB, null).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Snac {
        @Test
        void readsScopeNotScopesAndRejectsArrays() throws Exception {
            start(FakeMastodonOptions.Personality.SNAC);
            assertThat(software()).isEqualTo("snac");
            assertThat(http.get("/api/v2/instance").statusCode()).isEqualTo(404);
            assertThat(TestHttp.json(http.get("/api/v1/instance")).get("version").asText()).contains("snac");
            assertThat(http.postForm("/api/v1/apps", form("client_name", "x", "redirect_uris", List.of(CALLBACK)))
                    .statusCode()).isEqualTo(404);
            JsonNode app = TestHttp.json(http.postForm("/api/v1/apps", form("client_name", "x",
                    "redirect_uris", CALLBACK + " " + TestHttp.OOB, "scopes", "write")));
            assertThat(app.get("redirect_uri").asText()).as("only the first URI is kept").isEqualTo(CALLBACK);
        }

        @Test
        void anyRedirectIsAcceptedAndTheCodeIsNotChecked() throws Exception {
            start(FakeMastodonOptions.Personality.SNAC);
            JsonNode app = http.registerApp(CALLBACK, "read");
            var outcome = ScriptedBrowser.alice().withoutDelivery().open(http.authorizeUri("response_type", "code",
                    "client_id", app.get("client_id").asText(), "redirect_uri", "http://127.0.0.1:9999/elsewhere",
                    "scope", "read write", "state", "s"));
            assertThat(((ScriptedBrowser.Callback) outcome).uri().getPort()).isEqualTo(9999);
            assertThat(server.requests()).contains("POST /oauth/x-snac-login");
            HttpResponse<String> token = http.exchange(app, "not-the-code", "", null);
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(TestHttp.json(token).get("scope").asText()).isEqualTo("read write");
        }

        @Test
        void outOfBandCodeIsTheBareBodyAndRevokeDeletesTheApp() throws Exception {
            start(FakeMastodonOptions.Personality.SNAC);
            JsonNode app = http.registerApp(TestHttp.OOB, "read");
            var outcome = ScriptedBrowser.alice().open(http.authorizeUri(app, TestHttp.OOB, "read", "s"));
            assertThat(outcome).isInstanceOf(ScriptedBrowser.OutOfBandCode.class);
            String token = TestHttp.json(http.exchange(app, outcome.code().orElseThrow(), TestHttp.OOB, null))
                    .get("access_token").asText();
            assertThat(http.postForm("/oauth/revoke", form("token", token, "client_id", app.get("client_id").asText(),
                    "client_secret", app.get("client_secret").asText())).statusCode()).isEqualTo(200);
            assertThat(server.appCount()).isZero();
            HttpResponse<String> error = http.exchange(app, "x", TestHttp.OOB, null);
            assertThat(error.statusCode()).isEqualTo(400);
            assertThat(error.body()).isEmpty();
        }
    }

    @Nested
    class Friendica {
        @Test
        void outOfBandIsDecidedByTheRegisteredValue() throws Exception {
            start(FakeMastodonOptions.Personality.FRIENDICA);
            assertThat(software()).isEqualTo("friendica");
            JsonNode oobOnly = http.registerApp(TestHttp.OOB, "read");
            var outcome = ScriptedBrowser.alice().open(http.authorizeUri(oobOnly, TestHttp.OOB, "read", "s"));
            assertThat(outcome).isInstanceOf(ScriptedBrowser.OutOfBandCode.class);

            JsonNode mixed = http.registerApp("http://127.0.0.1/callback", "read");
            var redirected = ScriptedBrowser.alice().withoutDelivery().open(http.authorizeUri("response_type", "code",
                    "client_id", mixed.get("client_id").asText(), "redirect_uri", "http://127.0.0.1/callback?x=1",
                    "scope", "read", "state", "s"));
            assertThat(redirected).isInstanceOf(ScriptedBrowser.Callback.class);
            assertThat(redirected.code()).isPresent();
        }
    }

    @Nested
    class Misskey {
        @Test
        void hasNoMastodonApiAndItsOwnMetadata() throws Exception {
            start(FakeMastodonOptions.Personality.MISSKEY);
            assertThat(software()).isEqualTo("misskey");
            assertThat(http.postForm("/api/v1/apps", form("client_name", "x", "redirect_uris", CALLBACK)).statusCode())
                    .isEqualTo(404);
            assertThat(http.get("/api/v2/instance").statusCode()).isEqualTo(404);
            assertThat(http.get("/api/v1/instance").statusCode()).isEqualTo(404);
            assertThat(http.get("/oauth/authorize").statusCode()).isEqualTo(404);
            JsonNode metadata = TestHttp.json(http.get("/.well-known/oauth-authorization-server"));
            assertThat(metadata.get("authorization_response_iss_parameter_supported").asBoolean()).isTrue();
            assertThat(metadata.has("app_registration_endpoint")).isFalse();
            assertThat(metadata.get("scopes_supported").toString()).contains("read:account").doesNotContain("\"profile\"");
        }
    }
}
