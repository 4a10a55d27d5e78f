package org.mastokey.demo;

import java.util.List;

/** A validated {@code /oauth/authorize} request (Doorkeeper's PreAuthorization that passed). */
record AuthRequest(FakeApp app, String redirectUri, List<String> scopes, String state, String codeChallenge,
                   String codeChallengeMethod, String responseMode, boolean forceLogin, boolean outOfBand) {

    @Override
    public String toString() {
        return "AuthRequest[app=" + app.name() + ", scopes=" + scopes + ", oob=" + outOfBand + "]";
    }
}
