package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Another Mastodon client (toot, a Mastodon.py script) as far as the server sees it: it registers its own
 * app with the out-of-band redirect, has a person authorize it, and gets a token Mastokey never saw.
 */
public final class OtherTool {
    public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Credentials(String clientId, String clientSecret, String accessToken) {
        @Override
        public String toString() {
            return "Credentials[" + clientId + ", secrets masked]";
        }
    }

    private OtherTool() {
    }

    public static Credentials signIn(FakeMastodon server, String appName, ScriptedBrowser browser, String scopes) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JsonNode app = post(http, server.baseUri().resolve("/api/v1/apps"),
                "client_name=" + encode(appName) + "&redirect_uris=" + encode(OOB) + "&scopes=" + encode(scopes));
        String clientId = app.path("client_id").asText();
        String clientSecret = app.path("client_secret").asText();
        URI authorize = server.baseUri().resolve("/oauth/authorize?response_type=code&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(OOB) + "&scope=" + encode(scopes));
        String code = browser.open(authorize).code().orElseThrow(() -> new AssertionError("no code from " + authorize));
        JsonNode token = post(http, server.baseUri().resolve("/oauth/token"), "grant_type=authorization_code&code=" + encode(code)
                + "&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret) + "&redirect_uri=" + encode(OOB)
                + "&scope=" + encode(scopes));
        return new Credentials(clientId, clientSecret, token.path("access_token").asText());
    }

    private static JsonNode post(HttpClient http, URI uri, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(uri.getPath() + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
