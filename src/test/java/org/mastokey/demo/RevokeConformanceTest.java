package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /oauth/revoke}: what Doorkeeper answers for the right client, a wrong one and an unknown token. */
class RevokeConformanceTest extends FakeServerTest {
    private static final String CALLBACK = "http://127.0.0.1:40000/callback";
    private JsonNode app;
    private String token;

    @BeforeEach
    void obtainToken() throws Exception {
        app = http.registerApp("http://127.0.0.1/callback", "read profile");
        String code = ScriptedBrowser.alice().withoutDelivery().open(http.authorizeUri(app, CALLBACK, "profile", "s"))
                .code().orElseThrow();
        token = TestHttp.json(http.exchange(app, code, CALLBACK, TestHttp.VERIFIER)).get("access_token").asText();
    }

    private Map<String, Object> revoke(JsonNode client, String tokenValue) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("token", tokenValue);
        if (client != null) {
            form.put("client_id", client.get("client_id").asText());
            form.put("client_secret", client.get("client_secret").asText());
        }
        return form;
    }

    private static void assertForbidden(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"error\":\"unauthorized_client\","
                + "\"error_description\":\"You are not authorized to revoke this token\"}");
    }

    @Test
    void ownTokenIsRevokedIdempotently() throws Exception {
        HttpResponse<String> first = http.postForm("/oauth/revoke", revoke(app, token));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{}");
        assertThat(server.tokenCount()).isZero();
        HttpResponse<String> me = http.getWithToken("/api/v1/accounts/verify_credentials", token);
        assertThat(TestHttp.json(me).get("error").asText()).isEqualTo("The access token was revoked");

        HttpResponse<String> again = http.postForm("/oauth/revoke", revoke(app, token));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{}");
    }

    @Test
    void basicAuthWorksToo() throws Exception {
        HttpResponse<String> response = http.postForm("/oauth/revoke", Map.of("token", token),
                "Authorization", TestHttp.basic(app.get("client_id").asText(), app.get("client_secret").asText()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.tokenCount()).isZero();
    }

    @Test
    void unknownTokenIs200() throws Exception {
        HttpResponse<String> response = http.postForm("/oauth/revoke", revoke(app, "not-a-token"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
        assertThat(http.postForm("/oauth/revoke", revoke(app, "")).statusCode()).isEqualTo(200);
    }

    @Test
    void missingOrWrongClientCredentialsAre403() throws Exception {
        assertForbidden(http.postForm("/oauth/revoke", revoke(null, token)));
        Map<String, Object> wrongSecret = revoke(app, token);
        wrongSecret.put("client_secret", "nope");
        assertForbidden(http.postForm("/oauth/revoke", wrongSecret));
        assertThat(server.tokenCount()).isEqualTo(1);
    }

    @Test
    void tokenOfAnotherAppIs403() throws Exception {
        JsonNode other = http.registerApp("http://127.0.0.1/callback", "read");
        assertForbidden(http.postForm("/oauth/revoke", revoke(other, token)));
        assertThat(server.tokenCount()).isEqualTo(1);
    }

    @Test
    void revokedTokenIsNotReusedOnTheNextAuthorization() throws Exception {
        http.postForm("/oauth/revoke", revoke(app, token));
        String code = ScriptedBrowser.alice().withoutDelivery().open(http.authorizeUri(app, CALLBACK, "profile", "t"))
                .code().orElseThrow();
        String fresh = TestHttp.json(http.exchange(app, code, CALLBACK, TestHttp.VERIFIER)).get("access_token").asText();
        assertThat(fresh).isNotEqualTo(token);
        assertThat(http.getWithToken("/api/v1/accounts/verify_credentials", fresh).statusCode()).isEqualTo(200);
    }
}
