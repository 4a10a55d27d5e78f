package org.mastokey.demo;

import java.io.IOException;

/** {@code /auth/sign_in} and {@code /auth/sign_out}: Devise's log-in form, reduced to username and password. */
final class SignInFlow {
    static final String INVALID_LOGIN = "Invalid E-mail address or password.";
    static final String CSRF_REJECTED = "The change you wanted was rejected. Maybe you tried to change "
            + "something you didn't have access to. Please reload the page and try again.";

    private final FakeState state;
    private final BrowserSessions sessions;
    private final Pages pages;

    SignInFlow(FakeState state, BrowserSessions sessions, Pages pages) {
        this.state = state;
        this.sessions = sessions;
        this.pages = pages;
    }

    void show(HttpCall call) throws IOException {
        Session session = sessions.ensure(call);
        if (session.signedIn()) {
            call.redirect(call.here(afterSignIn(session)));
            return;
        }
        call.html(200, pages.signIn(session.csrf, "", null));
    }

    void submit(HttpCall call) throws IOException {
        Session session = sessions.ensure(call);
        Params params = call.params();
        if (!BrowserSessions.validCsrf(session, params)) {
            call.html(422, pages.error(CSRF_REJECTED));
            return;
        }
        String login = params.text("username").trim();
        var user = state.users.stream().filter(u -> u.accepts(login, params.text("password"))).findFirst();
        if (user.isEmpty()) {
            call.html(422, pages.signIn(session.csrf, login, INVALID_LOGIN));
            return;
        }
        session.username = user.get().username();
        session.csrf = FakeState.randomToken();
        call.redirect(call.here(afterSignIn(session)));
    }

    /** Logs out; {@code return_to} (a local path) brings the browser back to the authorize page via sign-in. */
    void signOut(HttpCall call) throws IOException {
        var session = sessions.current(call);
        Params params = call.params();
        if (session.isEmpty() || !BrowserSessions.validCsrf(session.get(), params)) {
            call.html(422, pages.error(CSRF_REJECTED));
            return;
        }
        session.get().username = null;
        session.get().csrf = FakeState.randomToken();
        String returnTo = params.text("return_to");
        session.get().returnTo = returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : null;
        call.redirect(call.here("/auth/sign_in"));
    }

    private static String afterSignIn(Session session) {
        String target = session.returnTo == null ? "/" : session.returnTo;
        session.returnTo = null;
        return target;
    }
}
