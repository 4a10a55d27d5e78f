package org.mastokey.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pleroma (2021–22 code): login form inside the authorize page, exact redirect matching, no PKCE, tokens with
 * {@code expires_in}/{@code refresh_token}/{@code me}, password and refresh grants, terse JSON errors.
 */
final class PleromaPersonality extends PreMetadataPersonality {
    /** Pleroma's default token lifetime: 100 years (config :pleroma, :oauth2, token_expires_in). */
    static final long EXPIRES_IN = 3600L * 24 * 365 * 100;

    @Override
    String softwareName() {
        return "pleroma";
    }

    @Override
    String version() {
        return "2.7.2 (compatible; Pleroma 2.6.0)";
    }

    @Override
    String nodeInfoVersion() {
        return "2.6.0";
    }

    /** {@code scopes} or {@code scope}, string or list. */
    @Override
    List<String> scopesParam(Params params) {
        String name = params.has("scopes") ? "scopes" : "scope";
        return params.isList(name) ? List.copyOf(new LinkedHashSet<>(params.list(name)))
                : splitScopes(params.text(name));
    }

    @Override
    List<String> registrationErrors(String name, String redirect, List<String> scopes, String website) {
        return name.isEmpty() || redirect.isBlank() ? List.of("missing field") : List.of();
    }

    @Override
    void sendRegistrationErrors(HttpCall call, List<String> errors) throws IOException {
        call.json(422, HttpCall.obj("error", "Missing field: " + (errors.isEmpty() ? "" : "client_name/redirect_uris") + "."));
    }

    @Override
    boolean embedsLoginInAuthorize() {
        return true;
    }

    @Override
    boolean supportsPkce() {
        return false;
    }

    /** Exact string in the whitespace-split list. */
    @Override
    boolean redirectMatches(String requested, FakeApp app, boolean exactOption) {
        return app.redirectUris().contains(requested);
    }

    /** Omitted scope means all of the app's scopes. */
    @Override
    List<String> defaultScopes(List<String> appScopes) {
        return appScopes;
    }

    @Override
    void sendOutOfBand(HttpCall call, Pages pages, String code, AuthRequest request) throws IOException {
        call.html(200, pages.outOfBandCode("Token code is", code, null));
    }

    @Override
    void sendAuthorizeError(HttpCall call, Pages pages, PreAuthorization.Invalid invalid) throws IOException {
        call.json(invalid.status() == 401 ? 401 : 400, HttpCall.obj("error", invalid.description()));
    }

    @Override
    Set<String> grantTypes() {
        return new LinkedHashSet<>(List.of("authorization_code", "password", "client_credentials", "refresh_token"));
    }

    @Override
    boolean reusesTokens() {
        return false;
    }

    @Override
    Map<String, Object> tokenJson(FakeToken token, HttpCall call) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("token_type", "Bearer");
        json.put("access_token", token.value);
        json.put("refresh_token", token.refreshToken);
        json.put("expires_in", EXPIRES_IN);
        json.put("scope", String.join(" ", token.scopes));
        json.put("me", token.username == null ? null : call.url("/users/" + token.username));
        json.put("created_at", token.createdAt.getEpochSecond());
        return json;
    }

    @Override
    void sendTokenError(HttpCall call, Params params, String error, String description) throws IOException {
        if (error.equals("unsupported_grant_type") || error.equals("invalid_request")) {
            call.json(500, HttpCall.obj("error", "Bad request"));
        } else {
            call.json(400, HttpCall.obj("error", "Invalid credentials"));
        }
    }
}
