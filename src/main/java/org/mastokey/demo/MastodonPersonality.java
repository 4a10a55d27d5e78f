package org.mastokey.demo;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one server software speaks the Mastodon OAuth protocol. This base class is Mastodon 4.6 (4.4+
 * behaviour); each other personality is a small subclass that overrides only where it differs.
 */
class MastodonPersonality {
    static final String VAPID_KEY =
            "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=";

    static MastodonPersonality of(FakeMastodonOptions.Personality personality) {
        return switch (personality) {
            case MASTODON -> new MastodonPersonality();
            case MASTODON_LEGACY -> new MastodonLegacyPersonality();
            case GOTOSOCIAL -> new GoToSocialPersonality();
            case PLEROMA -> new PleromaPersonality();
            case SNAC -> new SnacPersonality();
            case FRIENDICA -> new FriendicaPersonality();
            case MISSKEY -> new MisskeyPersonality();
            case HOLLO -> new HolloPersonality();
        };
    }

    // --- identity and documents ----------------------------------------------------------------------

    /** NodeInfo {@code software.name}. */
    String softwareName() {
        return "mastodon";
    }

    /** The instance {@code version} string. */
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

    boolean hasOAuthMetadata() {
        return true;
    }

    Map<String, Object> oauthMetadata(HttpCall call) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", call.url("/"));
        json.put("authorization_endpoint", call.url("/oauth/authorize"));
        json.put("token_endpoint", call.url("/oauth/token"));
        json.put("revocation_endpoint", call.url("/oauth/revoke"));
        if (hasUserinfo()) {
            json.put("userinfo_endpoint", call.url("/oauth/userinfo"));
        }
        json.put("scopes_supported", configuredScopes());
        json.put("response_types_supported", List.of("code"));
        json.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        json.put("grant_types_supported", List.copyOf(grantTypes()));
        json.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        json.put("code_challenge_methods_supported", List.of("S256"));
        json.put("service_documentation", "https://docs.joinmastodon.org/");
        json.put("app_registration_endpoint", call.url("/api/v1/apps"));
        return json;
    }

    boolean hasUserinfo() {
        return true;
    }

    boolean hasV2Instance() {
        return true;
    }

    /** False for software without the Mastodon client API at all (Misskey). */
    boolean hasMastodonApi() {
        return true;
    }

    // --- app registration --------------------------------------------------------------------------

    /** Rack::Attack's 5 registrations per 10 minutes per IP (4.3+). */
    boolean throttlesAppRegistration() {
        return true;
    }

    /** Answers a request this software refuses outright (before validation); true when it did. */
    boolean rejectsRegistration(HttpCall call, Params params) throws IOException {
        return false;
    }

    /** The stored redirect value: a string as sent, an array newline-joined. */
    String redirectUrisParam(Params params) {
        if (params.isList("redirect_uris")) {
            return String.join("\n", params.list("redirect_uris"));
        }
        return params.text("redirect_uris").trim().replaceAll("\\s+", "\n");
    }

    /** What an app registered without redirect URIs gets (null: it is an error). */
    String defaultRedirectUri() {
        return null;
    }

    /** Space-separated string, default {@code read}; an array is silently ignored (mastodon#30152). */
    List<String> scopesParam(Params params) {
        String text = params.isList("scopes") ? "" : params.text("scopes");
        return splitScopes(text);
    }

    static List<String> splitScopes(String text) {
        if (text.isBlank()) {
            return List.of("read");
        }
        return List.copyOf(new LinkedHashSet<>(List.of(text.trim().split("\\s+"))));
    }

    List<String> configuredScopes() {
        return MastodonScopes.current();
    }

    String unknownScopesMessage() {
        return "Scopes doesn't match those configured on the server.";
    }

    List<String> registrationErrors(String name, String redirect, List<String> scopes, String website) {
        return AppValidation.mastodonErrors(name, redirect, scopes, website, configuredScopes(), unknownScopesMessage());
    }

    void sendRegistrationErrors(HttpCall call, List<String> errors) throws IOException {
        call.json(422, HttpCall.obj("error", "Validation failed: " + String.join(", ", errors)));
    }

    /**
     * Answers a request that carries a key this software does not read; true when it did. Lenient software
     * (Rails, Go form binding) ignores unknown keys.
     */
    boolean rejectsUnknownKeys(HttpCall call, Params params, Collection<String> known) throws IOException {
        return false;
    }

    String newClientSecret() {
        return FakeState.randomToken();
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

    /** Pleroma and snac put the login form on the authorize page itself (no separate session, no consent). */
    boolean embedsLoginInAuthorize() {
        return false;
    }

    /** Where the embedded login form posts ({@link #embedsLoginInAuthorize()}). */
    String embeddedLoginAction() {
        return "/oauth/authorize";
    }

    boolean supportsPkce() {
        return true;
    }

    /** The method assumed when a challenge comes without one (null: the method is mandatory). */
    String defaultChallengeMethod() {
        return null;
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

    /** Scopes a request gets when it names none: {@code read} ∩ app scopes. */
    List<String> defaultScopes(List<String> appScopes) {
        return appScopes.contains("read") ? List.of("read") : List.of();
    }

    boolean isOutOfBand(String requestedRedirect, FakeApp app) {
        return RedirectUris.isOob(requestedRedirect);
    }

    /** Mastodon: 302 to {@code /oauth/authorize/native?code=…} (no state). */
    void sendOutOfBand(HttpCall call, Pages pages, String code, AuthRequest request) throws IOException {
        call.redirect(call.here("/oauth/authorize/native?code=" + HttpCall.encode(code)));
    }

    /** GoToSocial's separate {@code /oauth/oob} page. */
    boolean hasOutOfBandPage() {
        return false;
    }

    /** Doorkeeper renders parameter errors as an HTML page, never redirecting. */
    void sendAuthorizeError(HttpCall call, Pages pages, PreAuthorization.Invalid invalid) throws IOException {
        call.html(invalid.status(), pages.error(invalid.description()));
    }

    // --- tokens and API ------------------------------------------------------------------------------

    Set<String> grantTypes() {
        return new LinkedHashSet<>(List.of("authorization_code", "client_credentials"));
    }

    /** GoToSocial: the client-credentials request must name one of the app's redirect URIs. */
    boolean clientCredentialsNeedRedirect() {
        return false;
    }

    /** Whether the Deny redirect repeats {@code state} (Hollo leaves it out). */
    boolean denialCarriesState() {
        return true;
    }

    /** snac hands out a token without checking the code value. */
    boolean verifiesCode() {
        return true;
    }

    /** Doorkeeper's reuse_access_token: same user, app and scopes → the same token string. */
    boolean reusesTokens() {
        return true;
    }

    Map<String, Object> tokenJson(FakeToken token, HttpCall call) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", token.value);
        json.put("token_type", "Bearer");
        json.put("scope", String.join(" ", token.scopes));
        json.put("created_at", token.createdAt.getEpochSecond());
        return json;
    }

    /** Doorkeeper: {@code {"error","error_description"[,"state"]}}, 401 for client errors, WWW-Authenticate. */
    void sendTokenError(HttpCall call, Params params, String error, String description) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        if (!params.text("state").isEmpty()) {
            body.put("state", params.text("state"));
        }
        call.setHeader("Cache-Control", "no-store, no-cache");
        call.setHeader("Pragma", "no-cache");
        call.setHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"" + error
                + "\", error_description=\"" + description + "\"");
        call.json(error.equals("invalid_client") ? 401 : 400, body);
    }

    /** An API call with a token the server does not know, or one revoked: Doorkeeper's 401. */
    void sendInvalidToken(HttpCall call, String description) throws IOException {
        call.setHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\""
                + description + "\"");
        call.setHeader("Cache-Control", "no-store");
        call.json(401, HttpCall.obj("error", description));
    }

    /** A revoke of a token the server does not know (or no longer knows): Doorkeeper answers 200 {@code {}}. */
    void sendRevokeOfUnknownToken(HttpCall call) throws IOException {
        call.json(200, HttpCall.obj());
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
