package org.mastokey.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /oauth/authorize} (consent page, approve, deny) and the out-of-band code page. */
final class AuthorizeFlow {
    static final String DENIED = "The resource owner or authorization server denied the request.";

    private final FakeState state;
    private final MastodonPersonality personality;
    private final BrowserSessions sessions;
    private final PreAuthorization preAuthorization;
    private final Pages pages;

    AuthorizeFlow(FakeState state, MastodonPersonality personality, BrowserSessions sessions, Pages pages, boolean exactRedirect) {
        this.state = state;
        this.personality = personality;
        this.sessions = sessions;
        this.pages = pages;
        this.preAuthorization = new PreAuthorization(state, personality, exactRedirect);
    }

    /** GET: sign in first (before any parameter check), then error page, auto-approval or consent page. */
    void show(HttpCall call) throws IOException {
        var session = signedInOrRedirect(call);
        if (session == null) {
            return;
        }
        var outcome = preAuthorization.validate(call.query());
        if (outcome instanceof PreAuthorization.Invalid invalid) {
            personality.sendAuthorizeError(call, pages, invalid);
            return;
        }
        AuthRequest request = ((PreAuthorization.Valid) outcome).request();
        if (!request.forceLogin()
                && state.hasLiveToken(request.app().clientId(), session.username, request.scopes())) {
            approve(call, session.username, request);
        } else {
            FakeUser user = state.user(session.username).orElseThrow();
            call.html(200, pages.consent(request, user, call.url(user.avatarPath()), session.csrf,
                    call.pathAndQuery()));
        }
    }

    /** POST: the Authorize button, or Deny when {@code _method=delete}. */
    void submit(HttpCall call) throws IOException {
        Params params = call.params();
        boolean deny = call.method().equals("DELETE") || params.text("_method").equalsIgnoreCase("delete");
        var session = sessions.signedIn(call);
        if (session.isEmpty()) {
            call.redirect(call.here("/auth/sign_in"));
            return;
        }
        if (!BrowserSessions.validCsrf(session.get(), params)) {
            call.html(422, pages.error(SignInFlow.CSRF_REJECTED));
            return;
        }
        var outcome = preAuthorization.validate(params);
        if (outcome instanceof PreAuthorization.Invalid invalid) {
            personality.sendAuthorizeError(call, pages, invalid);
        } else if (deny) {
            deny(call, ((PreAuthorization.Valid) outcome).request());
        } else {
            approve(call, session.get().username, ((PreAuthorization.Valid) outcome).request());
        }
    }

    /** {@code GET /oauth/authorize/native?code=…}: shows the code to copy. */
    void showNativeCode(HttpCall call) throws IOException {
        if (signedInOrRedirect(call) != null) {
            call.html(200, pages.nativeCode(call.query().text("code")));
        }
    }

    /** GoToSocial's {@code GET /oauth/oob?code=…&state=…}. */
    void showOutOfBandPage(HttpCall call) throws IOException {
        if (signedInOrRedirect(call) != null) {
            Params query = call.query();
            call.html(200, pages.outOfBandCode("Here's your out-of-band token, use it wisely:",
                    query.text("code"), query.text("state")));
        }
    }

    private Session signedInOrRedirect(HttpCall call) throws IOException {
        var session = sessions.signedIn(call);
        if (session.isPresent()) {
            return session.get();
        }
        sessions.ensure(call).returnTo = call.pathAndQuery();
        call.redirect(call.here("/auth/sign_in"));
        return null;
    }

    /** Issues a code for this user and sends the browser back (or shows the out-of-band code). */
    void approve(HttpCall call, String username, AuthRequest request) throws IOException {
        String code = FakeState.randomToken();
        state.addGrant(new FakeGrant(code, request.app().clientId(), username, request.redirectUri(),
                request.scopes(), request.codeChallenge(), request.codeChallengeMethod(), state.now()));
        if (request.outOfBand()) {
            personality.sendOutOfBand(call, pages, code, request);
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        if (!request.state().isEmpty()) {
            params.put("state", request.state());
        }
        sendBack(call, request, params);
    }

    void deny(HttpCall call, AuthRequest request) throws IOException {
        if (request.outOfBand()) {
            call.json(400, HttpCall.obj("error", "access_denied", "error_description", DENIED));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", "access_denied");
        params.put("error_description", DENIED);
        if (!request.state().isEmpty()) {
            params.put("state", request.state());
        }
        sendBack(call, request, params);
    }

    private void sendBack(HttpCall call, AuthRequest request, Map<String, String> params) throws IOException {
        if (request.responseMode().equals("form_post")) {
            call.html(200, pages.formPost(request.redirectUri(), params));
            return;
        }
        StringBuilder encoded = new StringBuilder();
        params.forEach((k, v) -> encoded.append(encoded.length() == 0 ? "" : "&")
                .append(k).append('=').append(HttpCall.encode(v)));
        call.redirect(RedirectUris.withParams(request.redirectUri(), encoded.toString(),
                request.responseMode().equals("fragment")));
    }
}
