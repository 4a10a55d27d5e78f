package org.mastokey.demo;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** Doorkeeper's {@code doorkeeper_authorize!} plus Mastodon's {@code require_user!}, with their {@code {"error": …}} bodies for 401 and 403. */
final class ApiGuard {
    static final String INVALID = "The access token is invalid";
    static final String REVOKED = "The access token was revoked";
    static final String OUTSIDE_SCOPES = "This action is outside the authorized scopes";
    static final String NEEDS_USER = "This method requires an authenticated user";

    private final FakeState state;
    private final MastodonPersonality personality;

    ApiGuard(FakeState state, MastodonPersonality personality) {
        this.state = state;
        this.personality = personality;
    }

    /**
     * The caller's token if it is live, holds one of {@code scopes} (any, when none given) and, if
     * {@code needsUser}, belongs to a user; otherwise answers the error and returns empty.
     */
    Optional<FakeToken> check(HttpCall call, boolean needsUser, String... scopes) throws IOException {
        Optional<FakeToken> token = call.bearerToken().flatMap(state::token)
                .filter(t -> state.app(t.clientId).isPresent());
        if (token.isEmpty()) {
            personality.sendInvalidToken(call, INVALID);
            return Optional.empty();
        }
        if (token.get().revoked()) {
            personality.sendInvalidToken(call, REVOKED);
            return Optional.empty();
        }
        if (scopes.length > 0 && !token.get().hasAnyScope(scopes)) {
            fail(call, 403, "insufficient_scope", OUTSIDE_SCOPES);
            return Optional.empty();
        }
        if (needsUser && token.get().username == null) {
            call.json(422, HttpCall.obj("error", NEEDS_USER));
            return Optional.empty();
        }
        return token;
    }

    private static void fail(HttpCall call, int status, String error, String description) throws IOException {
        call.setHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"" + error
                + "\", error_description=\"" + description + "\"");
        call.setHeader("Cache-Control", "no-store");
        call.json(status, HttpCall.obj("error", description));
    }
}
