package org.mastokey.demo;

import java.time.Instant;
import java.util.List;

/** An authorization code waiting to be exchanged (single use, 600 s). */
record FakeGrant(String code, String clientId, String username, String redirectUri, List<String> scopes,
                 String codeChallenge, String codeChallengeMethod, Instant createdAt) {

    boolean usesPkce() {
        return codeChallenge != null && !codeChallenge.isEmpty();
    }

    @Override
    public String toString() {
        return "FakeGrant[client=****, user=" + username + ", scopes=" + scopes + "]";
    }
}
