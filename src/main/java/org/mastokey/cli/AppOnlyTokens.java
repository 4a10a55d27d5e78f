package org.mastokey.cli;

import java.util.List;
import org.mastokey.account.Login;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.VerifiedAccount;
import org.mastokey.account.Engine;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizationRequests;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Capabilities;
import org.mastokey.server.ServerInfo;

/**
 * {@code login --app-only}: a client-credentials token, which acts for no user and reads public
 * data. It is saved like an account under {@code app-only@DOMAIN}, so {@code token}, {@code verify},
 * {@code revoke} and {@code rotate} work on it as on any other.
 */
final class AppOnlyTokens {
    /** A dash is not allowed in Mastodon user names, so this never is someone's handle. */
    static final String USER = "app-only";

    private AppOnlyTokens() {
    }

    static boolean isAppOnly(String acct) {
        return acct.startsWith(USER + "@");
    }

    /**
     * Registers (or reuses) the app as {@link LoginFlow#appOnlyToken} does, but keeps the registration,
     * which the saved item needs for a later revoke.
     */
    static Login obtain(Engine engine, ServerInfo server, Scopes scopes) {
        Capabilities caps = server.capabilities();
        List<String> redirects = caps.multipleRedirects() && caps.loopbackAnyPort()
                ? List.of(LoginFlow.LOOPBACK_ANY_PORT, AuthorizationRequests.OOB_REDIRECT)
                : List.of(AuthorizationRequests.OOB_REDIRECT);
        RegisteredApp app = new AppRegistry(engine.http(), engine.accounts().appCache()).obtain(server, redirects, scopes);
        AccessToken token = new TokenClient(engine.http()).clientCredentials(app, scopes);
        VerifiedAccount nobody = new VerifiedAccount("", USER + "@" + server.domain(), "App-only token (no user)",
                null, null, server.apiBase(), token.scopes());
        return new Login(server, app, token, nobody);
    }

    /** @return the app's name as the server knows it; throws what the server answered otherwise */
    static String verify(Engine engine, ServerInfo server, Secret token) {
        return engine.http().getJson(server.apiBase().resolve("/api/v1/apps/verify_credentials"), token)
                .successJson().path("name").asText("an app");
    }
}
