package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code verify_credentials} (account and app), userinfo, API error bodies; the avatar is served. */
class VerifyConformanceTest extends FakeServerTest {
    private static final String CALLBACK = "http://127.0.0.1:40000/callback";
    private JsonNode app;

    @BeforeEach
    void registerApp() throws Exception {
        app = http.registerApp("http://127.0.0.1/callback", "read read:accounts profile write:statuses");
    }

    private String userToken(ScriptedBrowser browser, String scope) throws Exception {
        String code = browser.withoutDelivery().open(http.authorizeUri(app, CALLBACK, scope, "s")).code().orElseThrow();
        return TestHttp.json(http.exchange(app, code, CALLBACK, TestHttp.VERIFIER)).get("access_token").asText();
    }

    private String appToken() throws Exception {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", app.get("client_id").asText());
        form.put("client_secret", app.get("client_secret").asText());
        return TestHttp.json(http.postForm("/oauth/token", form)).get("access_token").asText();
    }

    @Test
    void accountIsReturnedForProfileReadOrReadAccounts() throws Exception {
        for (String scope : new String[] {"profile", "read", "read:accounts"}) {
            HttpResponse<String> response = http.getWithToken("/api/v1/accounts/verify_credentials",
                    userToken(ScriptedBrowser.alice(), scope));
            assertThat(response.statusCode()).as(scope).isEqualTo(200);
        }
        JsonNode me = TestHttp.json(http.getWithToken("/api/v1/accounts/verify_credentials",
                userToken(ScriptedBrowser.bob(), "profile")));
        assertThat(me.get("id").isTextual()).isTrue();
        assertThat(me.get("username").asText()).isEqualTo("bob");
        assertThat(me.get("acct").asText()).isEqualTo("bob");
        assertThat(me.get("display_name").asText()).isEqualTo("Bob the Builder");
        assertThat(me.get("url").asText()).isEqualTo(http.base + "/@bob");
        assertThat(me.get("source").get("privacy").asText()).isEqualTo("public");
        assertThat(me.get("role").get("id").asText()).isEqualTo("-99");

        HttpResponse<byte[]> avatar = http.getBytes(me.get("avatar").asText());
        assertThat(avatar.statusCode()).isEqualTo(200);
        assertThat(avatar.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(new String(avatar.body(), 1, 3)).isEqualTo("PNG");
        assertThat(ImageIO.read(new ByteArrayInputStream(avatar.body())).getWidth()).isEqualTo(120);
    }

    @Test
    void tokenWithoutAnAcceptedScopeIs403() throws Exception {
        HttpResponse<String> response = http.getWithToken("/api/v1/accounts/verify_credentials",
                userToken(ScriptedBrowser.alice(), "write:statuses"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"error\":\"This action is outside the authorized scopes\"}");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"insufficient_scope\"");
    }

    @Test
    void missingUnknownAndRevokedTokensAre401WithDifferentTexts() throws Exception {
        HttpResponse<String> none = http.get("/api/v1/accounts/verify_credentials");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).isEqualTo("{\"error\":\"The access token is invalid\"}");
        assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer realm=\"Doorkeeper\"");
        assertThat(http.getWithToken("/api/v1/accounts/verify_credentials", "bogus").body())
                .isEqualTo("{\"error\":\"The access token is invalid\"}");

        String token = userToken(ScriptedBrowser.alice(), "profile");
        server.revokeAllTokens();
        HttpResponse<String> revoked = http.getWithToken("/api/v1/accounts/verify_credentials", token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).isEqualTo("{\"error\":\"The access token was revoked\"}");
    }

    @Test
    void appOnlyTokenIs422OnUserEndpoints() throws Exception {
        HttpResponse<String> response = http.getWithToken("/api/v1/accounts/verify_credentials", appToken());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"error\":\"This method requires an authenticated user\"}");
    }

    @Test
    void appVerifyCredentialsAcceptsAnyTokenAndHidesTheSecret() throws Exception {
        for (String token : new String[] {appToken(), userToken(ScriptedBrowser.alice(), "write:statuses")}) {
            HttpResponse<String> response = http.getWithToken("/api/v1/apps/verify_credentials", token);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = TestHttp.json(response);
            assertThat(body.get("name").asText()).isEqualTo("Test App");
            assertThat(body.has("scopes")).isTrue();
            assertThat(body.has("client_id")).isFalse();
            assertThat(body.has("client_secret")).isFalse();
        }
        assertThat(http.get("/api/v1/apps/verify_credentials").statusCode()).isEqualTo(401);
    }

    @Test
    void userinfoNeedsTheLiteralProfileScope() throws Exception {
        HttpResponse<String> ok = http.getWithToken("/oauth/userinfo", userToken(ScriptedBrowser.alice(), "profile"));
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode info = TestHttp.json(ok);
        assertThat(info.get("iss").asText()).isEqualTo(http.base + "/");
        assertThat(info.get("sub").asText()).isEqualTo(http.base + "/users/alice");
        assertThat(info.get("preferred_username").asText()).isEqualTo("alice");
        assertThat(info.get("name").asText()).isEqualTo("Alice Liddell");
        assertThat(info.get("picture").asText()).endsWith(".png");

        assertThat(http.getWithToken("/oauth/userinfo", userToken(ScriptedBrowser.alice(), "read")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void legacyHasNoUserinfoAndNeedsReadForVerify() throws Exception {
        try (FakeMastodon legacy = startLegacy()) {
            TestHttp old = new TestHttp(legacy);
            assertThat(old.get("/oauth/userinfo").statusCode()).isEqualTo(404);
            JsonNode oldApp = old.registerApp("http://127.0.0.1/callback", "read:accounts write:statuses");
            String writeOnly = legacyToken(old, oldApp, "write:statuses");
            assertThat(old.getWithToken("/api/v1/accounts/verify_credentials", writeOnly).statusCode()).isEqualTo(403);
            assertThat(old.getWithToken("/api/v1/apps/verify_credentials", writeOnly).statusCode())
                    .as("before 4.3 the app check needed read").isEqualTo(403);
            String readAccounts = legacyToken(old, oldApp, "read:accounts");
            assertThat(TestHttp.json(old.getWithToken("/api/v1/accounts/verify_credentials", readAccounts))
                    .get("username").asText()).isEqualTo("alice");
        }
    }

    private static String legacyToken(TestHttp old, JsonNode oldApp, String scope) throws Exception {
        String code = ScriptedBrowser.alice().withoutDelivery().open(old.authorizeUri("response_type", "code",
                "client_id", oldApp.get("client_id").asText(), "redirect_uri", CALLBACK, "scope", scope)).code().orElseThrow();
        return TestHttp.json(old.exchange(oldApp, code, CALLBACK, null)).get("access_token").asText();
    }
}
