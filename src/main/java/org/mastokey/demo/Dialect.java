package org.mastokey.demo;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * How one server software speaks the Mastodon OAuth protocol. This base class is Mastodon 4.6 (4.4+
 * behaviour); each other personality is a small subclass that overrides only where it differs.
 */
class Dialect {
    static final String VAPID_KEY =
            "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=";

    static Dialect of(FakeMastodonOptions.Personality personality) {
        return switch (personality) {
            case MASTODON -> new Dialect();
            case MASTODON_LEGACY -> new MastodonLegacyDialect();
            default -> new Dialect();
        };
    }

    /** NodeInfo {@code software.name}. */
    String softwareName() {
        return "mastodon";
    }

    /** The instance {@code version} string (and NodeInfo version unless overridden). */
    String version() {
        return "4.6.5";
    }

    String nodeInfoVersion() {
        return version();
    }

    /** {@code api_versions.mastodon}, or null where the field does not exist. */
    Integer mastodonApiVersion() {
        return 11;
    }

    List<String> configuredScopes() {
        return MastodonScopes.current();
    }

    String unknownScopesMessage() {
        return "Scopes doesn't match those configured on the server.";
    }

    boolean hasOAuthMetadata() {
        return true;
    }

    boolean hasUserinfo() {
        return true;
    }

    boolean hasV2Instance() {
        return true;
    }

    boolean hasMastodonApi() {
        return true;
    }

    /** Rack::Attack's 5 registrations per 10 minutes per IP (4.3+). */
    boolean throttlesAppRegistration() {
        return true;
    }

    // --- app registration --------------------------------------------------------------------------

    /** The stored redirect value: a string as sent, an array newline-joined. */
    String redirectUrisParam(Params params) {
        if (params.isList("redirect_uris")) {
            return String.join("\n", params.list("redirect_uris"));
        }
        return params.text("redirect_uris").trim().replaceAll("\\s+", "\n");
    }

    /** Space-separated string, default {@code read}; an array is silently ignored (mastodon#30152). */
    List<String> scopesParam(Params params) {
        String text = params.isList("scopes") ? "" : params.text("scopes");
        if (text.isBlank()) {
            return List.of("read");
        }
        return List.copyOf(new LinkedHashSet<>(List.of(text.trim().split("\\s+"))));
    }

    /** The registered app as JSON; {@code withCredentials} adds client_id/secret (registration response). */
    Map<String, Object> appJson(FakeApp app, boolean withCredentials) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", app.id());
        json.put("name", app.name());
        json.put("website", app.website());
        json.put("scopes", app.scopes());
        json.put("redirect_uris", app.redirectUris());
        json.put("vapid_key", VAPID_KEY);
        json.put("redirect_uri", app.redirectUri());
        if (withCredentials) {
            json.put("client_id", app.clientId());
            json.put("client_secret", app.clientSecret());
            json.put("client_secret_expires_at", 0);
        }
        return json;
    }

    // --- authorization -----------------------------------------------------------------------------

    boolean supportsPkce() {
        return true;
    }

    String pkceMethodMessage() {
        return "The code_challenge_method must be S256.";
    }

    boolean redirectMatches(String requested, FakeApp app, boolean exactOption) {
        return RedirectUris.matchesAny(requested, app.redirectUris(), exactOption);
    }

    /** Doorkeeper: every requested scope must literally be one of the app's (and the server's) scopes. */
    boolean scopesAllowed(List<String> requested, List<String> appScopes) {
        return !requested.isEmpty() && appScopes.containsAll(requested) && configuredScopes().containsAll(requested);
    }

    /** Scopes an endpoint gets when the request names none: {@code read} ∩ app scopes. */
    List<String> defaultScopes(List<String> appScopes) {
        return appScopes.contains("read") ? List.of("read") : List.of();
    }

    /** Where the browser goes after approving an out-of-band request. */
    String oobLocation(String code, String state) {
        return "/oauth/authorize/native?code=" + HttpCall.encode(code);
    }

    // --- tokens and API ------------------------------------------------------------------------------

    Map<String, Object> tokenJson(FakeToken token) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", token.value);
        json.put("token_type", "Bearer");
        json.put("scope", String.join(" ", token.scopes));
        json.put("created_at", token.createdAt.getEpochSecond());
        return json;
    }

    boolean supportsClientCredentials() {
        return true;
    }

    /** Scopes of which {@code GET /api/v1/accounts/verify_credentials} accepts any one. */
    String[] verifyCredentialsScopes() {
        return new String[] {"profile", "read", "read:accounts"};
    }

    /** Scopes of which {@code GET /api/v1/apps/verify_credentials} accepts any one (none needed since 4.3). */
    String[] appVerifyScopes() {
        return new String[0];
    }

    /** Whether a successful revoke also deletes the app (snac). */
    boolean revokeDeletesApp() {
        return false;
    }
}
