package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain java.net.http calls against a fake server, for the conformance tests (no client code involved). */
final class TestHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String LOOPBACK_REDIRECT = "http://127.0.0.1/callback";
    static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    /** RFC 7636 appendix B. */
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    final URI base;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    TestHttp(FakeMastodon server) {
        this.base = server.baseUri();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> getWithToken(String path, String token) throws IOException, InterruptedException {
        return get(path, "Authorization", "Bearer " + token);
    }

    HttpResponse<String> postForm(String path, Map<String, ?> form, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, Object body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Form encoding; a List value becomes {@code name[]=…} pairs. */
    static String form(Map<String, ?> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                list.forEach(item -> pairs.add(enc(k + "[]") + "=" + enc(String.valueOf(item))));
            } else {
                pairs.add(enc(k) + "=" + enc(String.valueOf(v)));
            }
        });
        return String.join("&", pairs);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Registers an app and returns the response JSON (asserting nothing). */
    JsonNode registerApp(String redirectUris, String scopes) throws IOException, InterruptedException {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("client_name", "Test App");
        form.put("redirect_uris", redirectUris);
        form.put("scopes", scopes);
        HttpResponse<String> response = postForm("/api/v1/apps", form);
        if (response.statusCode() != 200) {
            throw new AssertionError("registration failed: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /** An authorize URL with query parameters in the given order; null values are left out. */
    URI authorizeUri(String... keyValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                pairs.add(enc(keyValues[i]) + "=" + enc(keyValues[i + 1]));
            }
        }
        return base.resolve("/oauth/authorize?" + String.join("&", pairs));
    }

    /** The standard code request: client, redirect, scope, state, S256 challenge of {@link #VERIFIER}. */
    URI authorizeUri(JsonNode app, String redirectUri, String scope, String state) {
        return authorizeUri("response_type", "code", "client_id", app.get("client_id").asText(),
                "redirect_uri", redirectUri, "scope", scope, "state", state,
                "code_challenge", CHALLENGE, "code_challenge_method", "S256");
    }

    HttpResponse<String> exchange(JsonNode app, String code, String redirectUri, String verifier)
            throws IOException, InterruptedException {
        return postForm("/oauth/token", codeGrant(app, code, redirectUri, verifier));
    }

    /** The authorization_code token request with client_secret_post (no verifier when null); tests may change it. */
    static Map<String, Object> codeGrant(JsonNode app, String code, String redirectUri, String verifier) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", app.get("client_id").asText());
        form.put("client_secret", app.get("client_secret").asText());
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return form;
    }
}
