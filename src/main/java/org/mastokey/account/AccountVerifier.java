package org.mastokey.account;

import org.mastokey.net.HttpApi;
import org.mastokey.oauth.AccessToken;
import org.mastokey.server.ServerInfo;

/** {@code GET /api/v1/accounts/verify_credentials}. */
public final class AccountVerifier {
    private final HttpApi http;

    public AccountVerifier(HttpApi http) {
        this.http = http;
    }

    public VerifiedAccount verify(ServerInfo server, AccessToken token) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
