package org.mastokey.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GoToSocial (≤0.20): string-only redirect URIs (none → OOB), exact redirect matching including the port,
 * hierarchical scopes, OOB page at {@code /oauth/oob} with code and state, JSON errors, no metadata document.
 */
final class GoToSocialPersonality extends PreMetadataPersonality {
    private static final List<String> SCOPES = List.of("read", "write", "push", "profile", "admin", "admin:read",
            "admin:write", "read:accounts", "read:blocks", "read:bookmarks", "read:favourites", "read:filters",
            "read:follows", "read:lists", "read:mutes", "read:notifications", "read:search", "read:statuses",
            "write:accounts", "write:blocks", "write:bookmarks", "write:conversations", "write:favourites",
            "write:filters", "write:follows", "write:lists", "write:media", "write:mutes", "write:notifications",
            "write:reports", "write:statuses");

    @Override
    String softwareName() {
        return "gotosocial";
    }

    @Override
    String version() {
        return "0.20.2+git-7a8c9b1";
    }

    /** The form binding expects a string; an array does not bind. */
    @Override
    boolean rejectsRegistration(HttpCall call, Params params) throws IOException {
        if (params.isList("redirect_uris")) {
            call.json(400, HttpCall.obj("error", "Bad Request: redirect_uris must be a string"));
            return true;
        }
        return false;
    }

    @Override
    String defaultRedirectUri() {
        return RedirectUris.OOB;
    }

    @Override
    List<String> configuredScopes() {
        return SCOPES;
    }

    /** Scopes are not validated at registration. */
    @Override
    List<String> registrationErrors(String name, String redirect, List<String> scopes, String website) {
        if (name.isEmpty()) {
            return List.of("client_name must be set");
        }
        return RedirectUris.problems(redirect).isEmpty() ? List.of() : List.of("redirect URI is not valid");
    }

    @Override
    void sendRegistrationErrors(HttpCall call, List<String> errors) throws IOException {
        call.json(400, HttpCall.obj("error", "Bad Request: " + String.join("; ", errors)));
    }

    @Override
    String newClientSecret() {
        return UUID.randomUUID().toString();
    }

    @Override
    Map<String, Object> appJson(FakeApp app, boolean withCredentials) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", app.id());
        json.put("created_at", app.createdAt().toString());
        json.put("name", app.name());
        json.put("website", app.website());
        json.put("redirect_uri", app.redirectUri());
        json.put("redirect_uris", app.redirectUris());
        if (withCredentials) {
            json.put("client_id", app.clientId());
            json.put("client_secret", app.clientSecret());
        }
        json.put("vapid_key", VAPID_KEY);
        json.put("scopes", app.scopes());
        return json;
    }

    /** S256 only; since 0.20 an omitted method means S256. */
    @Override
    String defaultChallengeMethod() {
        return "S256";
    }

    @Override
    String pkceMethodMessage() {
        return "code_challenge_method must be S256";
    }

    /** Exact match (no loopback port exception). */
    @Override
    boolean redirectMatches(String requested, FakeApp app, boolean exactOption) {
        return RedirectUris.matchesAny(requested, app.redirectUris(), true);
    }

    /** {@code read} permits {@code read:accounts}; {@code write} permits {@code write:statuses}. */
    @Override
    boolean scopesAllowed(List<String> requested, List<String> appScopes) {
        return !requested.isEmpty() && requested.stream().allMatch(scope -> appScopes.contains(scope)
                || scope.contains(":") && appScopes.contains(scope.substring(0, scope.lastIndexOf(':'))));
    }

    @Override
    List<String> defaultScopes(List<String> appScopes) {
        return List.of("read");
    }

    @Override
    void sendOutOfBand(HttpCall call, Pages pages, String code, AuthRequest request) throws IOException {
        String state = request.state().isEmpty() ? "" : "&state=" + HttpCall.encode(request.state());
        call.redirect(call.here("/oauth/oob?code=" + HttpCall.encode(code) + state));
    }

    @Override
    boolean hasOutOfBandPage() {
        return true;
    }

    @Override
    void sendAuthorizeError(HttpCall call, Pages pages, PreAuthorization.Invalid invalid) throws IOException {
        call.json(invalid.status(), HttpCall.obj("error", invalid.error(), "error_description", invalid.description()));
    }

    @Override
    boolean reusesTokens() {
        return false;
    }

    @Override
    void sendTokenError(HttpCall call, Params params, String error, String description) throws IOException {
        call.json(error.equals("invalid_client") ? 401 : 400, HttpCall.obj("error", error, "error_description", description));
    }
}
