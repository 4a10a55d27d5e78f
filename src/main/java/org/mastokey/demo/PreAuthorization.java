package org.mastokey.demo;

import java.util.List;
import java.util.Set;

/** Validates authorize parameters in Doorkeeper's order: client_id, client, redirect_uri, response_type, mode, scope, PKCE. */
final class PreAuthorization {
    static final String INVALID_CLIENT = "Client authentication failed due to unknown client, no client "
            + "authentication included, or unsupported authentication method.";
    static final String INVALID_REDIRECT = "The redirect uri included is not valid.";
    static final String INVALID_SCOPE = "The requested scope is invalid, unknown, or malformed.";
    private static final Set<String> RESPONSE_MODES = Set.of("query", "fragment", "form_post");

    /** Either a valid request or the error page to show. */
    sealed interface Outcome {
    }

    record Valid(AuthRequest request) implements Outcome {
    }

    record Invalid(int status, String error, String description) implements Outcome {
    }

    private final FakeState state;
    private final MastodonPersonality personality;
    private final boolean exactRedirect;

    PreAuthorization(FakeState state, MastodonPersonality personality, boolean exactRedirect) {
        this.state = state;
        this.personality = personality;
        this.exactRedirect = exactRedirect;
    }

    Outcome validate(Params p) {
        String clientId = p.text("client_id");
        if (clientId.isBlank()) {
            return missing("client_id");
        }
        var app = state.app(clientId);
        if (app.isEmpty()) {
            return new Invalid(401, "invalid_client", INVALID_CLIENT);
        }
        String redirectUri = p.text("redirect_uri");
        if (redirectUri.isBlank() || !personality.redirectMatches(redirectUri, app.get(), exactRedirect)) {
            return new Invalid(400, "invalid_redirect_uri", INVALID_REDIRECT);
        }
        String responseType = p.text("response_type");
        if (responseType.isBlank()) {
            return missing("response_type");
        }
        if (!responseType.equals("code")) {
            return new Invalid(400, "unsupported_response_type",
                    "The authorization server does not support this response type.");
        }
        String responseMode = p.text("response_mode");
        if (!responseMode.isEmpty() && !RESPONSE_MODES.contains(responseMode)) {
            return new Invalid(400, "unsupported_response_mode",
                    "The authorization server does not support this response mode.");
        }
        String scopeText = p.text("scope");
        if (scopeText.matches("(?s).*[\\t\\r\\n].*")) {
            return new Invalid(400, "invalid_scope", INVALID_SCOPE);
        }
        List<String> scopes = scopeText.isBlank() ? personality.defaultScopes(app.get().scopes())
                : List.of(scopeText.trim().split(" +"));
        if (!personality.scopesAllowed(scopes, app.get().scopes())) {
            return new Invalid(400, "invalid_scope", INVALID_SCOPE);
        }
        String challenge = null;
        String method = null;
        if (personality.supportsPkce() && !p.text("code_challenge").isEmpty()) {
            challenge = p.text("code_challenge");
            method = p.text("code_challenge_method");
            if (method.isEmpty() && personality.defaultChallengeMethod() != null) {
                method = personality.defaultChallengeMethod();
            }
            if (method.isEmpty()) {
                return missing("code_challenge_method");
            }
            if (!method.equals("S256")) {
                return new Invalid(400, "invalid_code_challenge_method", personality.pkceMethodMessage());
            }
        }
        return new Valid(new AuthRequest(app.get(), redirectUri, List.copyOf(scopes), p.text("state"), challenge,
                method, responseMode.isEmpty() ? "query" : responseMode, truthy(p.text("force_login")),
                personality.isOutOfBand(redirectUri, app.get())));
    }

    private static Invalid missing(String param) {
        return new Invalid(400, "invalid_request", "Missing required parameter: " + param + ".");
    }

    private static boolean truthy(String value) {
        return !value.isEmpty() && !value.equalsIgnoreCase("false") && !value.equals("0");
    }
}
