package org.mastokey.account;

import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.Secret;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;

/**
 * The whole engine behind both faces (wizard and command line), as plain blocking calls:
 * discover → start (register or reuse app, PKCE + state, receiver) → finish (state check, exchange,
 * verify, handle check).
 */
public final class LoginFlow {
    private final Discovery discovery;
    private final AppRegistry apps;
    private final TokenClient tokens;
    private final AccountVerifier verifier;

    public LoginFlow(Discovery discovery, AppRegistry apps, TokenClient tokens, AccountVerifier verifier) {
        this.discovery = discovery;
        this.apps = apps;
        this.tokens = tokens;
        this.verifier = verifier;
    }

    /** Parses what the user typed and discovers the server. */
    public ServerInfo discover(String typed) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /** Registers (or reuses) the app, builds the authorize URL and, for LOOPBACK, starts the receiver. */
    public PendingLogin start(ServerInfo server, Scopes scopes, AuthorizeMode mode, boolean forceLogin, String lang) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /**
     * Checks the state, exchanges the code, verifies the account and compares it with the handle typed.
     *
     * @throws org.mastokey.net.OAuthError for {@link CallbackResult.Denied} (error {@code access_denied})
     * @throws org.mastokey.net.AccountMismatch when another account authorized than the one typed
     */
    public Login finish(PendingLogin pending, CallbackResult result) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /** An app-only token from the client-credentials grant, for reading public data. */
    public AccessToken appOnlyToken(ServerInfo server, Scopes scopes) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    public void revoke(RegisteredApp app, Secret token) {
        tokens.revoke(app, token);
    }
}
