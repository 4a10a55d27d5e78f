package org.mastokey.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code POST /oauth/token} and {@code POST /oauth/revoke}, with Doorkeeper's order of checks (the first that fails decides the error). */
final class TokenApi {
    static final String INVALID_GRANT = "The provided authorization grant is invalid, expired, revoked, does not "
            + "match the redirection URI used in the authorization request, or was issued to another client.";
    static final String UNSUPPORTED_GRANT = "The authorization grant type is not supported by the authorization server.";
    static final String NOT_AUTHORIZED_TO_REVOKE = "You are not authorized to revoke this token";
    static final String GTS_NO_REDIRECT = "Bad Request: redirect_uri was not set in the token request form";
    /** What the token endpoint reads per grant (a strict server refuses any other key). */
    private static final Map<String, Set<String>> TOKEN_KEYS = Map.of(
            "authorization_code", Set.of("grant_type", "code", "redirect_uri", "client_id", "client_secret",
                    "code_verifier", "scope"),
            "client_credentials", Set.of("grant_type", "client_id", "client_secret", "scope"));

    private final FakeState state;
    private final MastodonPersonality personality;
    private final boolean exactRedirect;

    TokenApi(FakeState state, MastodonPersonality personality, boolean exactRedirect) {
        this.state = state;
        this.personality = personality;
        this.exactRedirect = exactRedirect;
    }

    void token(HttpCall call) throws IOException {
        Params p = call.params();
        String grantType = p.text("grant_type");
        if (grantType.isBlank()) {
            personality.sendTokenError(call, p, "invalid_request", "Missing required parameter: grant_type.");
        } else if (!personality.grantTypes().contains(grantType)) {
            personality.sendTokenError(call, p, "unsupported_grant_type", UNSUPPORTED_GRANT);
        } else if (!personality.rejectsUnknownKeys(call, p, TOKEN_KEYS.getOrDefault(grantType, p.names()))) {
            switch (grantType) {
                case "authorization_code" -> authorizationCode(call, p);
                case "client_credentials" -> clientCredentials(call, p);
                case "password" -> password(call, p);
                case "refresh_token" -> refresh(call, p);
                default -> personality.sendTokenError(call, p, "unsupported_grant_type", UNSUPPORTED_GRANT);
            }
        }
    }

    private void authorizationCode(HttpCall call, Params p) throws IOException {
        String code = p.text("code");
        if (code.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_request", "Missing required parameter: code.");
            return;
        }
        Optional<FakeGrant> grant = state.liveGrant(code);
        String verifier = personality.supportsPkce() ? p.text("code_verifier") : "";
        if (grant.isPresent() && grant.get().usesPkce() && verifier.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_request", "Missing required parameter: code_verifier.");
            return;
        }
        String redirectUri = p.text("redirect_uri");
        if (redirectUri.isEmpty() && personality.verifiesCode()) {
            personality.sendTokenError(call, p, "invalid_request", "Missing required parameter: redirect_uri.");
            return;
        }
        Optional<FakeApp> client = authenticate(call, p);
        if (client.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_client", PreAuthorization.INVALID_CLIENT);
            return;
        }
        if (!personality.verifiesCode()) {
            grant = state.newestGrantOf(client.get().clientId());
            code = grant.map(FakeGrant::code).orElse(code);
        }
        boolean valid = grant.isPresent()
                && grant.get().clientId().equals(client.get().clientId())
                && (!personality.verifiesCode() || personality.redirectMatches(redirectUri,
                        withRedirect(client.get(), grant.get().redirectUri()), exactRedirect))
                && verifierMatches(grant.get(), verifier)
                && state.consumeGrant(code);
        if (!valid) {
            personality.sendTokenError(call, p, "invalid_grant", INVALID_GRANT);
            return;
        }
        success(call, state.tokenFor(client.get().clientId(), grant.get().username(), grant.get().scopes(),
                personality.reusesTokens()));
    }

    /** The app seen through the one redirect URI used at authorize time (the token-time comparison). */
    private static FakeApp withRedirect(FakeApp app, String redirectUri) {
        return new FakeApp(app.id(), app.name(), app.website(), redirectUri, app.scopes(), app.clientId(),
                app.clientSecret(), app.createdAt());
    }

    private void clientCredentials(HttpCall call, Params p) throws IOException {
        Optional<FakeApp> client = authenticate(call, p);
        if (client.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_client", PreAuthorization.INVALID_CLIENT);
            return;
        }
        if (personality.clientCredentialsNeedRedirect()
                && !RedirectUris.matchesAny(p.text("redirect_uri"), client.get().redirectUris(), true)) {
            personality.sendTokenError(call, p, "invalid_request", GTS_NO_REDIRECT);
            return;
        }
        Optional<List<String>> scopes = requestedScopes(p, client.get());
        if (scopes.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_scope", PreAuthorization.INVALID_SCOPE);
            return;
        }
        success(call, state.tokenFor(client.get().clientId(), null, scopes.get(), personality.reusesTokens()));
    }

    /** Mastodon before 4.4 and Pleroma: the resource-owner password grant. */
    private void password(HttpCall call, Params p) throws IOException {
        Optional<FakeApp> client = authenticate(call, p);
        if (client.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_client", PreAuthorization.INVALID_CLIENT);
            return;
        }
        var user = state.users.stream().filter(u -> u.accepts(p.text("username"), p.text("password"))).findFirst();
        if (user.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_grant", INVALID_GRANT);
            return;
        }
        Optional<List<String>> scopes = requestedScopes(p, client.get());
        if (scopes.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_scope", PreAuthorization.INVALID_SCOPE);
            return;
        }
        success(call, state.tokenFor(client.get().clientId(), user.get().username(), scopes.get(),
                personality.reusesTokens()));
    }

    /** Pleroma: a refresh token buys a new access token with the same user and scopes. */
    private void refresh(HttpCall call, Params p) throws IOException {
        Optional<FakeApp> client = authenticate(call, p);
        if (client.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_client", PreAuthorization.INVALID_CLIENT);
            return;
        }
        Optional<FakeToken> old = state.tokenByRefreshToken(p.text("refresh_token"))
                .filter(t -> t.clientId.equals(client.get().clientId()) && !t.revoked());
        if (old.isEmpty()) {
            personality.sendTokenError(call, p, "invalid_grant", INVALID_GRANT);
            return;
        }
        old.get().revoke(state.now());
        success(call, state.tokenFor(client.get().clientId(), old.get().username, old.get().scopes, false));
    }

    private Optional<List<String>> requestedScopes(Params p, FakeApp app) {
        String scopeText = p.text("scope").trim();
        List<String> scopes = scopeText.isEmpty() ? personality.defaultScopes(app.scopes()) : List.of(scopeText.split(" +"));
        return personality.scopesAllowed(scopes, app.scopes()) ? Optional.of(scopes) : Optional.empty();
    }

    void revoke(HttpCall call) throws IOException {
        Params p = call.params();
        Optional<FakeApp> client = authenticate(call, p);
        if (client.isEmpty()) {
            call.json(403, HttpCall.obj("error", "unauthorized_client", "error_description", NOT_AUTHORIZED_TO_REVOKE));
            return;
        }
        Optional<FakeToken> token = state.token(p.text("token"));
        if (token.isPresent() && !token.get().clientId.equals(client.get().clientId())) {
            call.json(403, HttpCall.obj("error", "unauthorized_client", "error_description", NOT_AUTHORIZED_TO_REVOKE));
            return;
        }
        if (token.isEmpty() || token.get().revoked()) {
            personality.sendRevokeOfUnknownToken(call);
            return;
        }
        token.get().revoke(state.now());
        if (personality.revokeDeletesApp()) {
            state.deleteApp(client.get().clientId());
        }
        call.json(200, HttpCall.obj());
    }

    /** HTTP Basic first (and only, when present), then client_id/client_secret parameters. */
    private Optional<FakeApp> authenticate(HttpCall call, Params p) {
        Optional<String[]> basic = call.basicCredentials();
        String id = basic.map(b -> b[0]).orElse(p.text("client_id"));
        String secret = basic.map(b -> b[1]).orElse(p.text("client_secret"));
        return state.app(id).filter(app -> app.hasSecret(secret));
    }

    private boolean verifierMatches(FakeGrant grant, String verifier) {
        if (!personality.supportsPkce()) {
            return true;
        }
        if (!grant.usesPkce()) {
            return verifier.isEmpty();
        }
        return s256(verifier).equals(grant.codeChallenge());
    }

    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void success(HttpCall call, FakeToken token) throws IOException {
        call.setHeader("Cache-Control", "no-store, no-cache");
        call.setHeader("Pragma", "no-cache");
        call.json(200, personality.tokenJson(token, call));
    }
}
