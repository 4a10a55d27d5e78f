package org.mastokey.cli;

import org.mastokey.account.Login;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.Engine;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.net.ServerText;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Capabilities;
import org.mastokey.server.ServerInfo;

/**
 * {@code login --app-only}: a client-credentials token, which acts for no user and reads public
 * data. It is saved like an account under {@code app-only@DOMAIN}, so {@code token}, {@code verify},
 * {@code revoke} and {@code rotate} work on it as on any other.
 */
final class AppOnlyTokens {
    private AppOnlyTokens() {
    }

    static boolean isAppOnly(String acct) {
        return LoginFlow.isAppOnly(acct);
    }

    /** The flow's app-only login; keeps the registration, which the saved item needs for a later revoke. */
    static Login obtain(Engine engine, ServerInfo server, Scopes scopes) {
        return engine.loginFlow().appOnlyLogin(server, scopes);
    }

    /** @return the app's name as the server knows it; throws what the server answered otherwise */
    static String verify(Engine engine, ServerInfo server, Secret token) {
        String name = engine.http().getJson(server.apiBase().resolve("/api/v1/apps/verify_credentials"), token)
                .successJson().path("name").asText("an app");
        return ServerText.oneLine(name);
    }
}
