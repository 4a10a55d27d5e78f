package org.mastokey.demo;

import java.util.Optional;
import org.mastokey.net.Secret;

/** Cookie-based browser sessions, like Rails' {@code _mastodon_session}. */
final class BrowserSessions {
    static final String COOKIE = "_mastodon_session";

    private final FakeState state;

    BrowserSessions(FakeState state) {
        this.state = state;
    }

    Optional<Session> current(HttpCall call) {
        return call.cookie(COOKIE).flatMap(state::session);
    }

    /** The caller's session, or a new one whose cookie is set on this response. */
    Session ensure(HttpCall call) {
        return current(call).orElseGet(() -> {
            Session session = state.newSession();
            call.setHeader("Set-Cookie", COOKIE + "=" + session.id + "; path=/; HttpOnly; SameSite=Lax");
            return session;
        });
    }

    Optional<Session> signedIn(HttpCall call) {
        return current(call).filter(Session::signedIn);
    }

    /** Rails' CSRF check for a form post. */
    static boolean validCsrf(Session session, Params params) {
        String sent = params.text("authenticity_token");
        return !sent.isEmpty() && Secret.equalInConstantTime(sent, session.csrf);
    }
}
