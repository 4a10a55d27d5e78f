package org.mastokey.oauth;

import org.mastokey.net.HttpApi;

/** {@code POST /oauth/token} and {@code POST /oauth/revoke}. */
public final class TokenClient {
    private final HttpApi http;

    public TokenClient(HttpApi http) {
        this.http = http;
    }

    public AccessToken exchange(AuthorizationRequest request, Secret code) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /** An app-only token (no user) for reading public data. */
    public AccessToken clientCredentials(RegisteredApp app, Scopes scopes) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    public void revoke(RegisteredApp app, Secret token) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
