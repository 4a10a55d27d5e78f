package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /oauth/token} — grants, client authentication, PKCE, error bodies and headers, token reuse. */
class TokenConformanceTest extends FakeServerTest {
    private static final String CALLBACK = "http://127.0.0.1:53123/callback";
    private JsonNode app;

    @BeforeEach
    void registerApp() throws Exception {
        app = http.registerApp("http://127.0.0.1/callback\nurn:ietf:wg:oauth:2.0:oob", "read profile write:statuses");
    }

    private String code(URI authorize) throws Exception {
        return ScriptedBrowser.alice().withoutDelivery().open(authorize).code().orElseThrow();
    }

    private String code() throws Exception {
        return code(http.authorizeUri(app, CALLBACK, "read profile", "s"));
    }

    private Map<String, Object> grant(String code, String redirectUri, String verifier) {
        return TestHttp.codeGrant(app, code, redirectUri, verifier);
    }

    private static void assertOAuthError(HttpResponse<String> response, int status, String error, String description)
            throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode body = TestHttp.json(response);
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).isEqualTo(description);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store, no-cache");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"Doorkeeper\", error=\""
                + error + "\", error_description=\"" + description + "\"");
    }

    @Test
    void codeBuysABearerTokenWithoutExpiry() throws Exception {
        HttpResponse<String> response = http.postForm("/oauth/token", grant(code(), CALLBACK, TestHttp.VERIFIER));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store, no-cache");
        assertThat(response.headers().firstValue("Pragma")).contains("no-cache");
        JsonNode token = TestHttp.json(response);
        assertThat(token.get("access_token").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("scope").asText()).isEqualTo("read profile");
        assertThat(token.get("created_at").asLong()).isCloseTo(System.currentTimeMillis() / 1000, Offset.offset(60L));
        assertThat(token.has("expires_in")).isFalse();
        assertThat(token.has("refresh_token")).isFalse();
        assertThat(server.tokenCount()).isEqualTo(1);
    }

    @Test
    void basicClientAuthenticationWorks() throws Exception {
        Map<String, Object> form = grant(code(), "http://127.0.0.1:1234/callback", TestHttp.VERIFIER);
        form.remove("client_id");
        form.remove("client_secret");
        HttpResponse<String> response = http.postForm("/oauth/token", form,
                "Authorization", TestHttp.basic(app.get("client_id").asText(), app.get("client_secret").asText()));
        assertThat(response.statusCode()).as("loopback port may differ at token time").isEqualTo(200);
    }

    @Test
    void jsonBodyIsAccepted() throws Exception {
        assertThat(http.postJson("/oauth/token", grant(code(), CALLBACK, TestHttp.VERIFIER)).statusCode()).isEqualTo(200);
    }

    @Test
    void codesAreSingleUse() throws Exception {
        String code = code();
        assertThat(http.postForm("/oauth/token", grant(code, CALLBACK, TestHttp.VERIFIER)).statusCode()).isEqualTo(200);
        assertOAuthError(http.postForm("/oauth/token", grant(code, CALLBACK, TestHttp.VERIFIER)), 400,
                "invalid_grant", TokenApi.INVALID_GRANT);
    }

    @Test
    void codesExpireAfterTenMinutes() throws Exception {
        String code = code();
        server.advanceClock(Duration.ofSeconds(601));
        assertOAuthError(http.postForm("/oauth/token", grant(code, CALLBACK, TestHttp.VERIFIER)), 400,
                "invalid_grant", TokenApi.INVALID_GRANT);
    }

    @Test
    void missingParametersInDoorkeepersOrder() throws Exception {
        Map<String, Object> noGrantType = grant("x", CALLBACK, null);
        noGrantType.remove("grant_type");
        assertOAuthError(http.postForm("/oauth/token", noGrantType), 400, "invalid_request",
                "Missing required parameter: grant_type.");
        Map<String, Object> noCode = grant("", CALLBACK, null);
        assertOAuthError(http.postForm("/oauth/token", noCode), 400, "invalid_request",
                "Missing required parameter: code.");
        String code = code();
        Map<String, Object> noVerifier = grant(code, "", null);
        noVerifier.put("client_secret", "wrong");
        assertOAuthError(http.postForm("/oauth/token", noVerifier), 400, "invalid_request",
                "Missing required parameter: code_verifier.");
        assertOAuthError(http.postForm("/oauth/token", grant(code, "", TestHttp.VERIFIER)), 400, "invalid_request",
                "Missing required parameter: redirect_uri.");
    }

    @Test
    void badClientIs401() throws Exception {
        Map<String, Object> form = grant(code(), CALLBACK, TestHttp.VERIFIER);
        form.put("client_secret", "wrong");
        assertOAuthError(http.postForm("/oauth/token", form), 401, "invalid_client", PreAuthorization.INVALID_CLIENT);
        form.remove("client_secret");
        assertOAuthError(http.postForm("/oauth/token", form), 401, "invalid_client", PreAuthorization.INVALID_CLIENT);
    }

    @Test
    void codeOfAnotherAppRedirectMismatchAndWrongVerifierAreInvalidGrant() throws Exception {
        String code = code();
        JsonNode other = http.registerApp("http://127.0.0.1/callback", "read");
        Map<String, Object> otherApp = grant(code, CALLBACK, TestHttp.VERIFIER);
        otherApp.put("client_id", other.get("client_id").asText());
        otherApp.put("client_secret", other.get("client_secret").asText());
        assertOAuthError(http.postForm("/oauth/token", otherApp), 400, "invalid_grant", TokenApi.INVALID_GRANT);
        assertOAuthError(http.postForm("/oauth/token", grant(code, TestHttp.OOB, TestHttp.VERIFIER)), 400,
                "invalid_grant", TokenApi.INVALID_GRANT);
        assertOAuthError(http.postForm("/oauth/token", grant(code, CALLBACK, TestHttp.VERIFIER.replace('d', 'e'))), 400,
                "invalid_grant", TokenApi.INVALID_GRANT);
        assertThat(http.postForm("/oauth/token", grant(code, CALLBACK, TestHttp.VERIFIER)).statusCode())
                .as("failed attempts do not use the code up").isEqualTo(200);
    }

    @Test
    void verifierWithoutChallengeIsInvalidGrant() throws Exception {
        String code = code(http.authorizeUri("response_type", "code", "client_id", app.get("client_id").asText(),
                "redirect_uri", CALLBACK, "scope", "read"));
        assertOAuthError(http.postForm("/oauth/token", grant(code, CALLBACK, TestHttp.VERIFIER)), 400,
                "invalid_grant", TokenApi.INVALID_GRANT);
        assertThat(http.postForm("/oauth/token", grant(code, CALLBACK, null)).statusCode()).isEqualTo(200);
    }

    @Test
    void stateIsEchoedInErrors() throws Exception {
        Map<String, Object> form = grant("nope", CALLBACK, null);
        form.put("state", "abc");
        assertThat(TestHttp.json(http.postForm("/oauth/token", form)).get("state").asText()).isEqualTo("abc");
    }

    @Test
    void sameUserAppAndScopesGetTheSameTokenBack() throws Exception {
        ScriptedBrowser browser = ScriptedBrowser.alice().withoutDelivery();
        String first = browser.open(http.authorizeUri(app, CALLBACK, "read", "a")).code().orElseThrow();
        JsonNode t1 = TestHttp.json(http.postForm("/oauth/token", grant(first, CALLBACK, TestHttp.VERIFIER)));
        String second = browser.open(http.authorizeUri(app, CALLBACK, "read", "b")).code().orElseThrow();
        JsonNode t2 = TestHttp.json(http.postForm("/oauth/token", grant(second, CALLBACK, TestHttp.VERIFIER)));
        String bobs = ScriptedBrowser.bob().withoutDelivery().open(http.authorizeUri(app, CALLBACK, "read", "c"))
                .code().orElseThrow();
        JsonNode t3 = TestHttp.json(http.postForm("/oauth/token", grant(bobs, CALLBACK, TestHttp.VERIFIER)));

        assertThat(second).isNotEqualTo(first);
        assertThat(t2.get("access_token").asText()).isEqualTo(t1.get("access_token").asText());
        assertThat(t2.get("created_at").asLong()).isEqualTo(t1.get("created_at").asLong());
        assertThat(t3.get("access_token").asText()).isNotEqualTo(t1.get("access_token").asText());
        assertThat(server.tokenCount()).isEqualTo(2);
    }

    @Test
    void clientCredentialsGivesAnAppTokenWithinTheAppScopes() throws Exception {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", app.get("client_id").asText());
        form.put("client_secret", app.get("client_secret").asText());
        JsonNode token = TestHttp.json(http.postForm("/oauth/token", form));
        assertThat(token.get("scope").asText()).isEqualTo("read");
        assertThat(token.has("expires_in")).isFalse();

        form.put("scope", "write:statuses");
        assertThat(TestHttp.json(http.postForm("/oauth/token", form)).get("scope").asText()).isEqualTo("write:statuses");
        form.put("scope", "write");
        assertOAuthError(http.postForm("/oauth/token", form), 400, "invalid_scope", PreAuthorization.INVALID_SCOPE);
    }

    @Test
    void otherGrantTypesAreUnsupported() throws Exception {
        for (String type : List.of("password", "refresh_token", "implicit")) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("grant_type", type);
            form.put("username", "alice");
            form.put("password", "wonderland");
            form.put("client_id", app.get("client_id").asText());
            form.put("client_secret", app.get("client_secret").asText());
            assertOAuthError(http.postForm("/oauth/token", form), 400, "unsupported_grant_type", TokenApi.UNSUPPORTED_GRANT);
        }
    }

    @Test
    void forgottenAppMakesCachedCredentialsInvalidClient() throws Exception {
        String code = code();
        server.forgetApps();
        assertOAuthError(http.postForm("/oauth/token", grant(code, CALLBACK, TestHttp.VERIFIER)), 401, "invalid_client",
                PreAuthorization.INVALID_CLIENT);
    }

    @Test
    void legacyIgnoresTheVerifier() throws Exception {
        try (FakeMastodon legacy = startLegacy()) {
            TestHttp old = new TestHttp(legacy);
            JsonNode oldApp = old.registerApp("http://127.0.0.1/callback", "read");
            String code = ScriptedBrowser.alice().withoutDelivery().open(old.authorizeUri(oldApp, CALLBACK, "read", "s"))
                    .code().orElseThrow();
            assertThat(old.exchange(oldApp, code, CALLBACK, "anything-at-all").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void legacyStillHasThePasswordGrant() throws Exception {
        try (FakeMastodon legacy = startLegacy()) {
            TestHttp old = new TestHttp(legacy);
            JsonNode oldApp = old.registerApp("http://127.0.0.1/callback", "read write");
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("grant_type", "password");
            form.put("username", "alice@example.invalid");
            form.put("password", "wonderland");
            form.put("scope", "read");
            form.put("client_id", oldApp.get("client_id").asText());
            form.put("client_secret", oldApp.get("client_secret").asText());
            HttpResponse<String> ok = old.postForm("/oauth/token", form);
            assertThat(ok.statusCode()).isEqualTo(200);
            String token = TestHttp.json(ok).get("access_token").asText();
            assertThat(TestHttp.json(old.getWithToken("/api/v1/accounts/verify_credentials", token)).get("username")
                    .asText()).isEqualTo("alice");
            form.put("password", "wrong");
            assertOAuthError(old.postForm("/oauth/token", form), 400, "invalid_grant", TokenApi.INVALID_GRANT);
        }
    }
}
