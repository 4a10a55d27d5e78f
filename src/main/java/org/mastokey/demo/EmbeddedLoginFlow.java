package org.mastokey.demo;

import java.io.IOException;

/**
 * Pleroma's and snac's authorize page: username, password and the request in one form; submitting it signs in
 * and approves at once (no session, no consent page, no Deny).
 */
final class EmbeddedLoginFlow {
    static final String INVALID_LOGIN = "Invalid Username/Password";

    private final FakeState state;
    private final MastodonPersonality personality;
    private final PreAuthorization preAuthorization;
    private final AuthorizeFlow approval;
    private final Pages pages;

    EmbeddedLoginFlow(FakeState state, MastodonPersonality personality, Pages pages, AuthorizeFlow approval, boolean exactRedirect) {
        this.state = state;
        this.personality = personality;
        this.pages = pages;
        this.approval = approval;
        this.preAuthorization = new PreAuthorization(state, personality, exactRedirect);
    }

    void show(HttpCall call) throws IOException {
        var outcome = preAuthorization.validate(call.query());
        if (outcome instanceof PreAuthorization.Invalid invalid) {
            personality.sendAuthorizeError(call, pages, invalid);
            return;
        }
        AuthRequest request = ((PreAuthorization.Valid) outcome).request();
        call.html(200, pages.embeddedLogin(request, personality.embeddedLoginAction(), "", null));
    }

    void submit(HttpCall call) throws IOException {
        Params params = call.params();
        var outcome = preAuthorization.validate(params);
        if (outcome instanceof PreAuthorization.Invalid invalid) {
            personality.sendAuthorizeError(call, pages, invalid);
            return;
        }
        AuthRequest request = ((PreAuthorization.Valid) outcome).request();
        String login = params.text("username").trim();
        var user = state.users.stream().filter(u -> u.accepts(login, params.text("password"))).findFirst();
        if (user.isEmpty()) {
            call.html(401, pages.embeddedLogin(request, personality.embeddedLoginAction(), login, INVALID_LOGIN));
            return;
        }
        approval.approve(call, user.get().username(), request);
    }
}
