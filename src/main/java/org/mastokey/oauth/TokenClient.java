package org.mastokey.oauth;

import org.mastokey.net.Secret;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.net.InvalidToken;
import org.mastokey.net.ServiceException;
import org.mastokey.net.TokenSyntax;
import org.mastokey.server.Quirk;
import org.mastokey.server.ServerInfo;

/**
 * {@code POST /oauth/token} and {@code POST /oauth/revoke}. Client credentials travel in the form
 * body ({@code client_secret_post}), which every Mastodon-API server accepts.
 */
public final class TokenClient {
    /** 3000-01-01T00:00:00Z. */
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
        return token(app, form, request.scopes());
    }

    /**
     * An app-only token (no user) for reading public data. GoToSocial wants one of the app's redirect URIs
     * in this request too; strict servers refuse a key they do not read, so it goes only there.
     */
    public AccessToken clientCredentials(ServerInfo server, RegisteredApp app, Scopes scopes) {
        Map<String, String> form = HttpApi.form(
                "grant_type", "client_credentials",
                "client_id", app.clientId(),
                "client_secret", app.clientSecret().reveal(),
                "scope", scopes.asParameter());
        if (server.capabilities().has(Quirk.CLIENT_CREDENTIALS_NEED_REDIRECT) && !app.redirectUris().isEmpty()) {
            form.put("redirect_uri", app.redirectUris().contains(AuthorizationRequests.OOB_REDIRECT)
                    ? AuthorizationRequests.OOB_REDIRECT : app.redirectUris().get(0));
        }
        return token(app, form, scopes);
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

    private AccessToken token(RegisteredApp app, Map<String, String> form, Scopes requested) {
        URI server = app.server();
        Instant asked = Instant.now();
        ApiResponse response = http.postForm(server.resolve("/oauth/token"), form);
        JsonNode json = response.successJson();
        String value = json.path("access_token").asText("");
        if (value.isBlank()) {
            throw new UnexpectedResponse(HttpApi.serverName(server), response.status(), "the token answer has no access token");
        }
        if (!TokenSyntax.isValid(value)) {
            throw new InvalidToken(HttpApi.serverName(server) + " issued an access token with characters (or a length) no OAuth token"
                    + " has, so Mastokey does not keep it; " + revokeUnusable(app, Secret.of(value)) + " Nothing was saved.");
        }
        String type = json.path("token_type").asText("Bearer");
        if (!type.equalsIgnoreCase("bearer")) {
            throw new UnexpectedResponse(HttpApi.serverName(server), response.status(), "the token is of an unknown type");
        }
        // Servers that leave out "scope" granted what was asked (Doorkeeper always sends it).
        Scopes granted = json.hasNonNull("scope") ? Scopes.parseUntrusted(json.get("scope").asText()) : requested;
        Instant created = TokenTimes.createdAt(json.path("created_at"), asked, Instant.now());
        return new AccessToken(Secret.of(value), "Bearer", granted, created);
    }

    /** Revokes a token Mastokey refuses to keep; says how that went, for the message. */
    private String revokeUnusable(RegisteredApp app, Secret token) {
        try {
            revoke(app, token);
            return "it was revoked on the server.";
        } catch (ServiceException e) {
            return "asking the server to revoke it failed (" + e.getMessage() + ")"
                    + " Remove the app \"Mastokey\" in the server's settings, where it lists the apps you authorized.";
        }
    }
}
