package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/apps} on the Mastodon personality: validation and its rate limit. */
class AppsConformanceTest extends FakeServerTest {

    private static Map<String, Object> app(Object redirectUris, Object scopes) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("client_name", "Token Wizard");
        if (redirectUris != null) {
            form.put("redirect_uris", redirectUris);
        }
        if (scopes != null) {
            form.put("scopes", scopes);
        }
        return form;
    }

    @Test
    void formRegistrationAnswersTheCredentialApplicationShape() throws Exception {
        HttpResponse<String> response = http.postForm("/api/v1/apps",
                app("http://127.0.0.1/callback\nurn:ietf:wg:oauth:2.0:oob", "read write:statuses profile read"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode app = TestHttp.json(response);
        assertThat(app.get("id").isTextual()).isTrue();
        assertThat(app.get("name").asText()).isEqualTo("Token Wizard");
        assertThat(app.get("website").isNull()).isTrue();
        assertThat(app.get("scopes").toString()).isEqualTo("[\"read\",\"write:statuses\",\"profile\"]");
        assertThat(app.get("redirect_uris").toString()).isEqualTo("[\"http://127.0.0.1/callback\",\"urn:ietf:wg:oauth:2.0:oob\"]");
        assertThat(app.get("redirect_uri").asText()).isEqualTo("http://127.0.0.1/callback\nurn:ietf:wg:oauth:2.0:oob");
        assertThat(app.get("client_id").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(app.get("client_secret").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(app.get("client_secret_expires_at").asInt()).isZero();
        assertThat(app.has("vapid_key")).isTrue();
        assertThat(server.appCount()).isEqualTo(1);
    }

    @Test
    void jsonWithArrayRedirectUrisIsAccepted() throws Exception {
        HttpResponse<String> response = http.postJson("/api/v1/apps",
                Map.of("client_name", "J", "redirect_uris", List.of("http://127.0.0.1/callback", "http://[::1]/callback"),
                        "scopes", "profile", "website", "https://example.org"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode app = TestHttp.json(response);
        assertThat(app.get("redirect_uri").asText()).isEqualTo("http://127.0.0.1/callback\nhttp://[::1]/callback");
        assertThat(app.get("website").asText()).isEqualTo("https://example.org");
        assertThat(app.get("scopes").toString()).isEqualTo("[\"profile\"]");
    }

    @Test
    void formArrayRedirectUrisAreAccepted() throws Exception {
        JsonNode app = TestHttp.json(http.postForm("/api/v1/apps",
                app(List.of("http://127.0.0.1/callback", "urn:ietf:wg:oauth:2.0:oob"), "read")));
        assertThat(app.get("redirect_uris")).hasSize(2);
    }

    @Test
    void arrayScopesSilentlyBecomeRead() throws Exception {
        JsonNode fromJson = TestHttp.json(http.postJson("/api/v1/apps", Map.of("client_name", "J",
                "redirect_uris", "http://127.0.0.1/callback", "scopes", List.of("write:statuses", "profile"))));
        JsonNode fromForm = TestHttp.json(http.postForm("/api/v1/apps",
                app("http://127.0.0.1/callback", List.of("write:statuses", "profile"))));
        assertThat(fromJson.get("scopes").toString()).isEqualTo("[\"read\"]");
        assertThat(fromForm.get("scopes").toString()).isEqualTo("[\"read\"]");
    }

    @Test
    void omittedScopesDefaultToRead() throws Exception {
        JsonNode app = TestHttp.json(http.postForm("/api/v1/apps", app("http://127.0.0.1/callback", null)));
        assertThat(app.get("scopes").toString()).isEqualTo("[\"read\"]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1/callback | hoge           | Validation failed: Scopes doesn't match those configured on the server.",
            "http://127.0.0.1/callback | read:reports   | Validation failed: Scopes doesn't match those configured on the server.",
            "http://127.0.0.1/callback | crypto         | Validation failed: Scopes doesn't match those configured on the server.",
            "/cb                       | read           | Validation failed: Redirect URI must be an absolute URI.",
            "http:///cb                | read           | Validation failed: Redirect URI must be a valid URI.",
            "http://127.0.0.1/cb#x     | read           | Validation failed: Redirect URI cannot contain a fragment.",
            "app:cb                    | read           | Validation failed: Redirect URI must specify a scheme.",
            "localhost:8080/cb         | read           | Validation failed: Redirect URI must specify a scheme.",
            "javascript://x/alert      | read           | Validation failed: Redirect URI is forbidden by the server.",
    })
    void invalidRegistrationsGet422WithRailsMessages(String redirect, String scopes, String message) throws Exception {
        HttpResponse<String> response = http.postForm("/api/v1/apps", app(redirect, scopes));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"error\":\"" + message + "\"}");
        assertThat(server.appCount()).isZero();
    }

    @Test
    void blankFieldsAreReportedTogether() throws Exception {
        HttpResponse<String> response = http.postForm("/api/v1/apps", Map.of("client_name", "", "website", "ftp://x"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(TestHttp.json(response).get("error").asText()).isEqualTo("Validation failed: Application name "
                + "can't be blank, Redirect URI can't be blank, Application website is invalid");
    }

    @Test
    void tooLongNameIsRejected() throws Exception {
        Map<String, Object> form = app("http://127.0.0.1/callback", "read");
        form.put("client_name", "x".repeat(61));
        HttpResponse<String> response = http.postForm("/api/v1/apps", form);
        assertThat(TestHttp.json(response).get("error").asText())
                .isEqualTo("Validation failed: Application name is too long (maximum is 60 characters)");
    }

    @Test
    void customSchemeAndOobAreValid() throws Exception {
        assertThat(http.postForm("/api/v1/apps", app("com.example.app:/callback", "read")).statusCode()).isEqualTo(200);
        assertThat(http.postForm("/api/v1/apps", app("com.example.app://callback", "read")).statusCode()).isEqualTo(200);
        assertThat(http.postForm("/api/v1/apps", app("urn:ietf:wg:oauth:2.0:oob", "read")).statusCode()).isEqualTo(200);
    }

    @Test
    void sixthRegistrationInTenMinutesIsThrottled() throws Exception {
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> ok = http.postForm("/api/v1/apps", app("http://127.0.0.1/callback", "read"));
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("X-RateLimit-Limit")).contains("5");
            assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).contains(Integer.toString(5 - i));
        }
        HttpResponse<String> limited = http.postForm("/api/v1/apps", app("http://127.0.0.1/callback", "read"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("{\"error\":\"Too many requests\"}");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(limited.headers().firstValue("Retry-After")).isEmpty();
        assertThat(limited.headers().firstValue("X-RateLimit-Reset")).hasValueSatisfying(reset ->
                assertThat(reset).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d0:00\\.000000Z"));
        assertThat(server.appCount()).isEqualTo(5);

        server.advanceClock(Duration.ofMinutes(10));
        assertThat(http.postForm("/api/v1/apps", app("http://127.0.0.1/callback", "read")).statusCode()).isEqualTo(200);
    }

    @Test
    void legacyDropsArrayRedirectUrisAndAnswersTheOldShape() throws Exception {
        try (FakeMastodon legacy = startLegacy()) {
            TestHttp old = new TestHttp(legacy);
            HttpResponse<String> array = old.postForm("/api/v1/apps", app(List.of("http://127.0.0.1/callback"), "read"));
            assertThat(array.statusCode()).isEqualTo(422);
            assertThat(array.body()).isEqualTo("{\"error\":\"Validation failed: Redirect URI can't be blank\"}");

            HttpResponse<String> profile = old.postForm("/api/v1/apps", app("http://127.0.0.1/callback", "profile"));
            assertThat(TestHttp.json(profile).get("error").asText())
                    .isEqualTo("Validation failed: Scopes doesn't match configured on the server.");

            JsonNode app = TestHttp.json(old.postForm("/api/v1/apps", app("http://127.0.0.1/callback", "read")));
            assertThat(app.has("scopes")).isFalse();
            assertThat(app.has("redirect_uris")).isFalse();
            assertThat(app.has("client_secret_expires_at")).isFalse();
            assertThat(app.get("redirect_uri").asText()).isEqualTo("http://127.0.0.1/callback");
            for (int i = 0; i < 6; i++) {
                assertThat(old.postForm("/api/v1/apps", app("http://127.0.0.1/callback", "read")).statusCode())
                        .as("no app throttle before 4.3").isEqualTo(200);
            }
        }
    }
}
