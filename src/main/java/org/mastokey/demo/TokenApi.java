package org.mastokey.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code POST /oauth/token} and {@code POST /oauth/revoke}, with Doorkeeper's error bodies and headers (§7, §8). */
final class TokenApi {
    static final String INVALID_GRANT = "The provided authorization grant is invalid, expired, revoked, does not "
            + "match the redirection URI used in the authorization request, or was issued to another client.";
    static final String UNSUPPORTED_GRANT = "The authorization grant type is not supported by the authorization server.";
    static final String NOT_AUTHORIZED_TO_REVOKE = "You are not authorized to revoke this token";

    private final FakeState state;
    private final Dialect dialect;
    private final boolean exactRedirect;

    TokenApi(FakeState state, Dialect dialect, boolean exactRedirect) {
        this.state = state;
        this.dialect = dialect;
        this.exactRedirect = exactRedirect;
    }

    void token(HttpCall call) throws IOException {
        Params p = call.params();
        String grantType = p.text("grant_type");
        if (grantType.isBlank()) {
            error(call, p, "invalid_request", "Missing required parameter: grant_type.");
        } else if (grantType.equals("authorization_code")) {
            authorizationCode(call, p);
        } else if (grantType.equals("client_credentials") && dialect.supportsClientCredentials()) {
            clientCredentials(call, p);
        } else {
            error(call, p, "unsupported_grant_type", UNSUPPORTED_GRANT);
        }
    }

    private void authorizationCode(HttpCall call, Params p) throws IOException {
        String code = p.text("code");
        if (code.isEmpty()) {
            error(call, p, "invalid_request", "Missing required parameter: code.");
            return;
        }
        Optional<FakeGrant> grant = state.liveGrant(code);
        String verifier = dialect.supportsPkce() ? p.text("code_verifier") : "";
        if (grant.isPresent() && grant.get().usesPkce() && verifier.isEmpty()) {
            error(call, p, "invalid_request", "Missing required parameter: code_verifier.");
            return;
        }
        String redirectUri = p.text("redirect_uri");
        if (redirectUri.isEmpty()) {
            error(call, p, "invalid_request", "Missing required parameter: redirect_uri.");
            return;
        }
        Optional<FakeApp> client = authenticate(call, p);
        if (client.isEmpty()) {
            error(call, p, "invalid_client", PreAuthorization.INVALID_CLIENT);
            return;
        }
        boolean valid = grant.isPresent()
                && grant.get().clientId().equals(client.get().clientId())
                && RedirectUris.matches(redirectUri, grant.get().redirectUri(), exactRedirect)
                && verifierMatches(grant.get(), verifier)
                && state.consumeGrant(code);
        if (!valid) {
            error(call, p, "invalid_grant", INVALID_GRANT);
            return;
        }
        FakeToken token = state.tokenFor(client.get().clientId(), grant.get().username(), grant.get().scopes(), true);
        success(call, token);
    }

    private void clientCredentials(HttpCall call, Params p) throws IOException {
        Optional<FakeApp> client = authenticate(call, p);
        if (client.isEmpty()) {
            error(call, p, "invalid_client", PreAuthorization.INVALID_CLIENT);
            return;
        }
        String scopeText = p.text("scope").trim();
        List<String> scopes = scopeText.isEmpty() ? dialect.defaultScopes(client.get().scopes())
                : List.of(scopeText.split(" +"));
        if (!dialect.scopesAllowed(scopes, client.get().scopes())) {
            error(call, p, "invalid_scope", PreAuthorization.INVALID_SCOPE);
            return;
        }
        success(call, state.tokenFor(client.get().clientId(), null, scopes, true));
    }

    void revoke(HttpCall call) throws IOException {
        Params p = call.params();
        Optional<FakeApp> client = authenticate(call, p);
        if (client.isEmpty()) {
            call.json(403, Map.of("error", "unauthorized_client", "error_description", NOT_AUTHORIZED_TO_REVOKE));
            return;
        }
        Optional<FakeToken> token = state.token(p.text("token"));
        if (token.isPresent() && !token.get().clientId.equals(client.get().clientId())) {
            call.json(403, Map.of("error", "unauthorized_client", "error_description", NOT_AUTHORIZED_TO_REVOKE));
            return;
        }
        if (token.isPresent()) {
            token.get().revoke(state.now());
            if (dialect.revokeDeletesApp()) {
                state.deleteApp(client.get().clientId());
            }
        }
        call.json(200, Map.of());
    }

    /** HTTP Basic first (and only, when present), then client_id/client_secret parameters. */
    private Optional<FakeApp> authenticate(HttpCall call, Params p) {
        Optional<String[]> basic = call.basicCredentials();
        String id = basic.map(b -> b[0]).orElse(p.text("client_id"));
        String secret = basic.map(b -> b[1]).orElse(p.text("client_secret"));
        return state.app(id).filter(app -> app.hasSecret(secret));
    }

    private boolean verifierMatches(FakeGrant grant, String verifier) {
        if (!dialect.supportsPkce()) {
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
        call.json(200, dialect.tokenJson(token));
    }

    private static void error(HttpCall call, Params p, String error, String description) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        if (!p.text("state").isEmpty()) {
            body.put("state", p.text("state"));
        }
        call.setHeader("Cache-Control", "no-store, no-cache");
        call.setHeader("Pragma", "no-cache");
        call.setHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"" + error
                + "\", error_description=\"" + description + "\"");
        call.json(error.equals("invalid_client") ? 401 : 400, body);
    }
}
