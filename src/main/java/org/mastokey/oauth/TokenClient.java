package org.mastokey.oauth;

import org.mastokey.net.Secret;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;
import org.mastokey.net.UnexpectedResponse;

/**
 * {@code POST /oauth/token} and {@code POST /oauth/revoke}. Client credentials travel in the form
 * body ({@code client_secret_post}), which every Mastodon-API server accepts.
 */
public final class TokenClient {
    private final HttpApi http;

    public TokenClient(HttpApi http) {
        this.http = http;
    }

    /** The authorization-code grant; {@code redirect_uri} is always sent, also for OOB. */
    public AccessToken exchange(AuthorizationRequest request, Secret code) {
        RegisteredApp app = request.app();
        Map<String, String> form = HttpApi.form(
                "grant_type", "authorization_code",
                "code", code.reveal(),
                "redirect_uri", request.redirectUri(),
                "client_id", app.clientId(),
                "client_secret", app.clientSecret().reveal());
        if (request.codeVerifier() != null) {
            form.put("code_verifier", request.codeVerifier().reveal());
        }
        return token(app.server(), form, request.scopes());
    }

    /** An app-only token (no user) for reading public data. */
    public AccessToken clientCredentials(RegisteredApp app, Scopes scopes) {
        Map<String, String> form = HttpApi.form(
                "grant_type", "client_credentials",
                "client_id", app.clientId(),
                "client_secret", app.clientSecret().reveal(),
                "scope", scopes.asParameter());
        return token(app.server(), form, scopes);
    }

    /** Revokes a token; the server answers 200 also for a token already gone. */
    public void revoke(RegisteredApp app, Secret token) {
        ApiResponse response = http.postForm(app.server().resolve("/oauth/revoke"), HttpApi.form(
                "token", token.reveal(),
                "client_id", app.clientId(),
                "client_secret", app.clientSecret().reveal()));
        if (!response.isSuccess()) {
            throw response.failure();
        }
    }

    /**
     * Whether the server still accepts this app's credentials, asked without side effects: revoking a
     * random token that cannot exist answers 200 for a known client and 401/403 for an unknown one
     * (Mastodon; other software may delete the app on revoke, so call this for Mastodon only).
     */
    public boolean clientStillRegistered(RegisteredApp app) {
        ApiResponse response = http.postForm(app.server().resolve("/oauth/revoke"), HttpApi.form(
                "token", "mastokey-probe-" + Pkce.randomToken(24),
                "client_id", app.clientId(),
                "client_secret", app.clientSecret().reveal()));
        if (response.isSuccess()) {
            return true;
        }
        if (response.status() == 401 || response.status() == 403) {
            return false;
        }
        throw response.failure();
    }

    private AccessToken token(URI server, Map<String, String> form, Scopes requested) {
        ApiResponse response = http.postForm(server.resolve("/oauth/token"), form);
        JsonNode json = response.successJson();
        String value = json.path("access_token").asText("");
        if (value.isBlank()) {
            throw new UnexpectedResponse(server.getHost(), response.status(), "the token answer has no access token");
        }
        String type = json.path("token_type").asText("Bearer");
        if (!type.equalsIgnoreCase("bearer")) {
            throw new UnexpectedResponse(server.getHost(), response.status(), "the token is of an unknown type");
        }
        // Servers that leave out "scope" granted what was asked (Doorkeeper always sends it).
        Scopes granted = json.hasNonNull("scope") ? Scopes.parse(json.get("scope").asText()) : requested;
        Instant created = json.path("created_at").canConvertToLong() ? Instant.ofEpochSecond(json.get("created_at").asLong()) : Instant.now();
        return new AccessToken(Secret.of(value), "Bearer", granted, created);
    }
}
